using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

/// <summary>
/// <c>grader mark</c> and <c>grader merge</c> driven in process through <see cref="GraderApp.Run"/>; split into partial
/// files by concern. Each run loads the rubric (~0.5 s), so the tests keep the number of runs small.
/// </summary>
public sealed partial class MarkCommandTests : IDisposable
{
    private static readonly string[] Criteria = ["judgement", "evidence", "analysis", "balance", "relevance", "structure"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliRun Mark(params string[] args) => CliRun.In(_folder.Path, ["mark", .. args, "--rubric", RepositoryFiles.Rubric]);

    private static string[] ExpectedHeader(params string[] passThrough) =>
        ["id", "status", "total", "max", "band", .. Criteria, "flags", "error", "row", .. passThrough];

    private static IReadOnlyList<string> Column(List<IReadOnlyList<string>> csv, string name)
    {
        var index = csv[0].ToList().IndexOf(name);
        Assert.True(index >= 0, $"no column '{name}'");
        return csv.Skip(1).Select(r => r[index]).ToArray();
    }
}
