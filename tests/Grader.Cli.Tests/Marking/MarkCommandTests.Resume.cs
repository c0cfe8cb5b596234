using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

public sealed partial class MarkCommandTests
{
    private const int ResumeRows = 30;

    [Fact]
    public void Mark_InterruptedThenResumed_WritesEveryRowExactlyOnceAsAnUninterruptedRunWould()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(ResumeRows));
        var full = Mark("essays.csv", "--out", "full.csv", "--details", "full.jsonl", "--threads", "2");
        Assert.Equal(ExitCodes.Success, full.ExitCode);

        using var stop = new Grader.Cli.Console.StopSignal();
        var interrupted = CliRun.In(
            _folder.Path,
            written => { if (written == 3) { stop.Request(ExitCodes.Interrupted); } },
            stop,
            "mark", "essays.csv", "--out", "marks.csv", "--details", "marks.jsonl", "--threads", "2", "--rubric", RepositoryFiles.Rubric);

        Assert.Equal(ExitCodes.Interrupted, interrupted.ExitCode);
        Assert.Contains("--resume", interrupted.Error, StringComparison.Ordinal);
        var partial = TempFolder.ParseCsv(_folder.Read("marks.csv"));
        Assert.InRange(partial.Count - 1, 3, ResumeRows - 1);
        Assert.Equal(partial.Count - 1, _folder.Read("marks.jsonl").Count(c => c == '\n'));
        Assert.StartsWith(_folder.Read("marks.csv"), _folder.Read("full.csv"), StringComparison.Ordinal);

        var resumed = Mark("essays.csv", "--out", "marks.csv", "--details", "marks.jsonl", "--threads", "2", "--resume");

        Assert.Equal(ExitCodes.Success, resumed.ExitCode);
        Assert.Contains($"{partial.Count - 1} rows already marked", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(_folder.ReadBytes("full.csv"), _folder.ReadBytes("marks.csv"));
        Assert.Equal(_folder.ReadBytes("full.jsonl"), _folder.ReadBytes("marks.jsonl"));
    }

    [Fact]
    public void Mark_ResumeAfterATornLastLine_MarksThatRowAgainOnce()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(5));
        Assert.Equal(ExitCodes.Success, Mark("essays.csv", "--out", "full.csv", "--quiet").ExitCode);
        var full = _folder.ReadBytes("full.csv");
        var lines = _folder.Read("full.csv").Split('\n');
        var cut = System.Text.Encoding.UTF8.GetByteCount(string.Join('\n', lines.Take(3)) + "\n" + lines[3][..10]);
        _folder.Write("marks.csv", full[..cut]);

        var resumed = Mark("essays.csv", "--out", "marks.csv", "--resume");

        Assert.Equal(ExitCodes.Success, resumed.ExitCode);
        Assert.Contains("incomplete last row", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(full, _folder.ReadBytes("marks.csv"));
    }

    [Fact]
    public void Mark_ResumeOfAnOutputFromAnotherInput_FailsWithoutTouchingIt()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(3));
        _folder.Write("other.csv", EssaysCsv.Sample(3).Replace("S002", "X002", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, Mark("other.csv", "--out", "marks.csv", "--quiet").ExitCode);
        var before = _folder.ReadBytes("marks.csv");
        var kept = before[..System.Text.Encoding.UTF8.GetByteCount(string.Join('\n', _folder.Read("marks.csv").Split('\n').Take(3)) + "\n")];
        _folder.Write("marks.csv", kept);

        var resumed = Mark("essays.csv", "--out", "marks.csv", "--resume");

        Assert.Equal(ExitCodes.Failure, resumed.ExitCode);
        Assert.Contains("different input", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(kept, _folder.ReadBytes("marks.csv"));
    }
}
