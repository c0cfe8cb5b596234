using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

/// <summary>The command line itself: help for every command, the version, tab completion and how mistakes are reported.</summary>
public sealed class CommandLineTests
{
    private static readonly string Here = RepositoryFiles.Root;

    [Theory]
    [InlineData("mark", "--max-text-length <N>", "The longest essay accepted")]
    [InlineData("explain", "--id <id>", "the id of the script to explain")]
    [InlineData("calibrate", "--save <calibration file>", "for 'grader mark --calibration'")]
    [InlineData("train", "--seed <N>", "the same seed gives the same result")]
    [InlineData("merge", "--out <marks.csv>", "Write the merged marks here")]
    public void Help_EveryCommand_ListsItsOptionsWithDescriptionsOnStandardOutput(string command, string option, string description)
    {
        var run = CliRun.In(Here, command, "--help");
        var help = CliRun.In(Here, "help", command);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"grader {command}", run.Out, StringComparison.Ordinal);
        Assert.Contains(option, run.Out, StringComparison.Ordinal);
        Assert.Contains(description, run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
        Assert.Equal(run.Out, help.Out);
    }

    [Theory]
    [InlineData("mark")]
    [InlineData("explain")]
    [InlineData("calibrate")]
    [InlineData("train")]
    [InlineData("merge")]
    [InlineData("init")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("evaluate", "asap")]
    public void Help_EveryCommand_ShowsDefaultsAPersonCanRead(params string[] command)
    {
        var run = CliRun.In(Here, [.. command, "--help"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("2147483647", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" { ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Out, StringComparison.Ordinal);
        Assert.All(run.Out.Split('\n'), line => Assert.True(line.Length <= 700, $"a help line of {line.Length} characters: {line[..Math.Min(80, line.Length)]}…"));
    }

    [Fact]
    public void Help_Serve_ListsEveryServeOptionAndNoLongerTheRemovedOne()
    {
        var run = CliRun.In(Here, "serve", "--help");
        var help = CliRun.In(Here, "help", "serve");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("grader serve [options]", run.Out, StringComparison.Ordinal);
        Assert.Contains("POST /v1/grade", run.Out, StringComparison.Ordinal);
        foreach (var option in new[] { "--question <name=rubric.json>", "--rubric <rubric.json>", "--urls <url>", "--max-essay-length <N>", "--max-body-size <bytes>", "--max-batch-size <bytes>", "--no-warm-up" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("--require-saved-model", run.Out, StringComparison.Ordinal);
        Assert.Equal(run.Out, help.Out);
    }

    [Theory]
    [InlineData("--require-saved-model", "error: there is no option '--require-saved-model'")]
    [InlineData("--max-essay-length=0", "error: --max-essay-length takes a whole number of at least 1, not '0'.")]
    [InlineData("--question=nameless", "error: --question")]
    public void Serve_BadCommandLine_IsAUsageErrorBeforeAnythingStarts(string arg, string expected)
    {
        var run = CliRun.In(Here, "serve", arg);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith(expected, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Run_NoArguments_PrintsTheCommandsAndExitCodesOnStandardErrorWithUsageExit()
    {
        var run = CliRun.In(Here);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("calibrate", run.Error, StringComparison.Ordinal);
        Assert.Contains("143 stopped by SIGTERM", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheToolsVersion()
    {
        var run = CliRun.In(Here, "--version");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^grader \d+\.\d+\.\d+", run.Out);
    }

    [Theory]
    [InlineData("grader mark --th", "--threads")]
    [InlineData("grader explain essay.txt --format ", "json\ntext")]
    [InlineData("grader cal", "calibrate")]
    [InlineData("mark essays.csv --res", "--resume")]
    public void SuggestDirective_PartialCommandLine_CompletesCommandsOptionsAndValues(string line, string expected)
    {
        var run = CliRun.In(Here, $"[suggest:{line.Length}]", line);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(expected, run.Out.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_UnknownCommand_SaysSoWithUsageExit()
    {
        var run = CliRun.In(Here, "frobnicate");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error: Unrecognized command or argument 'frobnicate'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'grader --help'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_WithoutRubricFromAFolderOutsideTheRepository_UsesTheQuestionInstalledBesideTheProgram()
    {
        using var folder = new TempFolder();
        folder.Write("essays.csv", EssaysCsv.Sample(2));

        var run = CliRun.In(folder.Path, "mark", "essays.csv", "--quiet");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(3, TempFolder.ParseCsv(run.Out).Count);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "data", "soviet-union-prc", "rubric.json")));
    }
}
