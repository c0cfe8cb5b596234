using System.Text;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.EndToEnd;

/// <summary>The real program in a child process, for what only a process shows: a pipe closed by its reader, and SIGTERM.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ProcessTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Mark_StandardOutputClosedByItsReader_FailsWithItsOwnExitCodeAndMessage()
    {
        // About 150 KB of marks, more than a pipe holds (64 KB), so the program is still writing when the pipe closes.
        var rows = new List<IReadOnlyList<string>> { new[] { "id", "text", "notes" } };
        rows.AddRange(Enumerable.Range(0, 100).Select(i => new[] { EssaysCsv.Id(i), SampleEssays.Essay(i), new string('n', 1500) }));
        _folder.Write("essays.csv", EssaysCsv.Build(rows));
        using var process = GraderProcess.Start(_folder.Path, "mark", "essays.csv", "--rubric", RepositoryFiles.Rubric, "--threads", "1");
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();

        // Like 'grader mark essays.csv | head -c 100': read 100 characters, then close the pipe.
        var first = new char[100];
        process.StandardOutput.ReadBlock(first, 0, first.Length);
        process.StandardOutput.Close();

        Assert.True(process.WaitForExit(Patience), "grader did not exit after its standard output was closed");
        Assert.StartsWith("id,status,total", new string(first), StringComparison.Ordinal);
        var message = await error;
        Assert.Equal(ExitCodes.BrokenPipe, process.ExitCode);
        Assert.Contains("broken pipe", message, StringComparison.Ordinal);
        Assert.Contains("--out", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_SigTerm_StopsCleanlyWithExit143AndTheOutputResumes()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        // The input comes on standard input and the pipe stays open, so the run is still going (waiting for rows)
        // whenever the signal comes.
        var text = EssaysCsv.Sample(12);
        var lines = text.Split('\n');
        using var process = GraderProcess.Start(_folder.Path, "mark", "-", "--out", "marks.csv", "--details", "marks.jsonl", "--rubric", RepositoryFiles.Rubric);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(string.Join('\n', lines.Take(6)) + "\n");
        process.StandardInput.Flush();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!File.Exists(_folder.File("marks.csv")) && waited.Elapsed < Patience && !process.HasExited)
        {
            Thread.Sleep(50);
        }

        GraderProcess.Signal(process, GraderProcess.SigTerm);

        Assert.True(process.WaitForExit(Patience), "grader did not stop after SIGTERM");
        Assert.Equal(ExitCodes.Terminated, process.ExitCode);
        Assert.Contains("Stopped by SIGTERM. marks.csv holds whole rows only; run the same command with --resume", await error, StringComparison.Ordinal);
        var partial = TempFolder.ParseCsv(_folder.Read("marks.csv"));
        Assert.InRange(partial.Count - 1, 0, 5);

        _folder.Write("essays.csv", text);
        var resumed = CliRun.In(_folder.Path, "mark", "essays.csv", "--out", "marks.csv", "--details", "marks.jsonl", "--resume", "--rubric", RepositoryFiles.Rubric);
        var whole = CliRun.In(_folder.Path, "mark", "essays.csv", "--out", "whole.csv", "--details", "whole.jsonl", "--rubric", RepositoryFiles.Rubric);

        Assert.Equal(ExitCodes.Success, resumed.ExitCode);
        Assert.Equal(_folder.ReadBytes("whole.csv"), _folder.ReadBytes("marks.csv"));
        Assert.Equal(_folder.ReadBytes("whole.jsonl"), _folder.ReadBytes("marks.jsonl"));
    }

    [Fact]
    public void Version_StandardOutputRedirectedToAFileSharedWithTheShell_IsNotOverwrittenByTheNextWriter()
    {
        if (!File.Exists("/bin/sh"))
        {
            return;
        }

        var dll = Path.Combine(AppContext.BaseDirectory, "Grader.Cli.dll");
        using var shell = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", $"(dotnet '{dll}' --version; echo after) > out.txt"]) { WorkingDirectory = _folder.Path, UseShellExecute = false })!;
        Assert.True(shell.WaitForExit(Patience));

        var lines = _folder.Read("out.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("grader ", lines[0], StringComparison.Ordinal);
        Assert.Equal("after", lines[1]);
    }
}
