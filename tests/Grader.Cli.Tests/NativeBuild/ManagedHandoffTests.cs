using Grader.Cli.Console;
using Grader.Cli.NativeBuild;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.NativeBuild;

public sealed class ManagedHandoffTests : IDisposable
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly StopSignal _stop = new();

    public void Dispose() => _stop.Dispose();

    private CliConsole Console => new(_out, _error, false, RepositoryFiles.Root);

    private string? Reason(params string[] args)
    {
        var parse = GraderApp.Build(Console, _stop).Parse(args);
        Assert.Empty(parse.Errors);
        return ManagedHandoff.Reason(parse);
    }

    [Theory]
    [InlineData("calibrate", "data/soviet-union-prc/teacher-marks.csv")]
    [InlineData("train")]
    [InlineData("evaluate", "asap", "some-folder")]
    [InlineData("serve")]
    [InlineData("init", "--question", "q", "--model-essay", "m.txt", "--out", "folder")]
    public void Commands_that_need_the_runtime_are_handed_on_from_the_command_line(params string[] args)
    {
        var reason = Reason(args);

        Assert.NotNull(reason);
        Assert.Contains($"'grader {args[0]}'", reason);
    }

    [Theory]
    [InlineData("mark", "essays.csv")]
    [InlineData("explain", "essay.txt")]
    [InlineData("check", "data/soviet-union-prc/rubric.json")]
    [InlineData("merge", "a.csv", "b.csv", "--out", "all.csv")]
    public void Commands_on_a_question_run_natively_until_the_question_says_otherwise(params string[] args) =>
        Assert.Null(Reason(args));

    [Theory]
    [InlineData("calibrate", "--help")]
    [InlineData("serve", "--help")]
    [InlineData("--version")]
    public void Help_and_version_run_natively(params string[] args)
    {
        var parse = GraderApp.Build(Console, _stop).Parse(args);

        Assert.Null(ManagedHandoff.Reason(parse));
    }

    [Fact]
    public void A_question_with_its_saved_model_loads_natively()
    {
        var loaded = ManagedHandoff.LoadOrHandOff(RepositoryFiles.Rubric);

        Assert.NotNull(loaded.Value);
    }

    [Fact]
    public void A_question_without_its_saved_model_hands_the_command_on()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(RepositoryFiles.Rubric)!).Where(f => !f.EndsWith("similarity.model", StringComparison.Ordinal)))
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }

        var handoff = Assert.Throws<ManagedHandoffException>(() => ManagedHandoff.LoadOrHandOff(folder.File("rubric.json")));

        Assert.Contains(folder.File("rubric.json"), handoff.Reason);
        Assert.Contains("similarity model trained", handoff.Reason);
    }

    [Fact]
    public void Without_the_runtime_build_beside_it_the_command_fails_with_a_way_forward()
    {
        // The tests run from a build folder that has no managed/ folder, as a broken native install would.
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, ManagedHandoff.ManagedFolder)));

        var exit = ManagedHandoff.Run(["calibrate", "marks.csv"], "'grader calibrate' trains with ML.NET", Console, _stop);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("'grader calibrate' trains with ML.NET, and that build is not installed beside this native grader", _error.ToString());
        Assert.Contains("-p:PublishAot=true", _error.ToString());
    }
}
