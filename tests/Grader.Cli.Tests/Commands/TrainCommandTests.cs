using Grader.Cli;
using Grader.Cli.Console;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grader-train-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string RepositoryRoot() => RepositoryFiles.Root;

    /// <summary>A copy of the bundled question's folder alone (it names no file outside itself), without its saved model, so training writes there.</summary>
    private string CopyBundledQuestion()
    {
        var data = Path.Combine(_directory, "question");
        Directory.CreateDirectory(data);
        foreach (var file in new[] { "rubric.json", "answer-key.json", "model-essay.txt" })
        {
            File.Copy(Path.Combine(RepositoryRoot(), "data", "soviet-union-prc", file), Path.Combine(data, file));
        }

        return Path.Combine(data, "rubric.json");
    }

    [Fact]
    public void Train_TwiceOnTheSameInputs_ByteIdenticalModelThatMatchesTheCommittedOne()
    {
        var rubric = CopyBundledQuestion();
        var console = new CliConsole(new StringWriter(), new StringWriter(), false, _directory);
        var model = Path.Combine(Path.GetDirectoryName(rubric)!, "similarity.model");

        Assert.Equal(ExitCodes.Success, GraderApp.Run(["train", "--rubric", rubric], console));
        var first = File.ReadAllBytes(model);
        Assert.Equal(ExitCodes.Success, GraderApp.Run(["train", "--rubric", rubric], console));

        Assert.Equal(first, File.ReadAllBytes(model));
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(RepositoryRoot(), "data", "soviet-union-prc", "similarity.model")));
    }

    [Fact]
    public void Load_StaleModel_RetrainsInMemoryWithANotice()
    {
        var rubric = CopyBundledQuestion();
        var console = new CliConsole(new StringWriter(), new StringWriter(), false, _directory);
        Assert.Equal(ExitCodes.Success, GraderApp.Run(["train", "--rubric", rubric], console));
        var seed = Path.Combine(Path.GetDirectoryName(rubric)!, "model-essay.txt");
        File.AppendAllText(seed, "\n\nA new closing paragraph about Soviet experts and the 1954 visit by Khrushchev to Beijing.\n");

        var result = MarkScheme.Load(rubric);

        Assert.True(result.Succeeded);
        Assert.Contains(result.Notices, n => n.Contains("retrained in memory", StringComparison.Ordinal));
    }
}
