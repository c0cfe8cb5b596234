using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

/// <summary>The evaluate command's options, checked without the ASAP-AES data (the tests never need it).</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grader-evaluate-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void EvaluateAsap_ZeroShotWithATrainSize_UsageErrorSayingToChooseOne()
    {
        var run = CliRun.In(_directory, "evaluate", "asap", _directory, "--zero-shot", "--train-size", "30");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--zero-shot learns from no marks, so it cannot take --train-size", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("thirty")]
    public void EvaluateAsap_TrainSizeBelowTenOrNotANumber_UsageError(string size)
    {
        var run = CliRun.In(_directory, "evaluate", "asap", _directory, "--train-size", size);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--train-size", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateAsap_ZeroShotOnAFolderWithoutTheData_ClearErrorNoStackTrace()
    {
        var run = CliRun.In(_directory, "evaluate", "asap", _directory, "--zero-shot");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
