using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Grader.Cli.Commands.Evaluation;

namespace Grader.Benchmarks.Throughput;

/// <summary>
/// <c>throughput [--asap &lt;folder&gt;] [--rows N] [--threads N] [--calibration &lt;file&gt;] [--native] [--keep]</c>: builds a large input CSV (the ASAP-AES
/// essays read from the folder given, or essays generated from the test essays), runs the real <c>grader mark</c> on
/// it as a child process (the CLI as users get it: its own runtime settings, a cold start, rubric and model loading
/// included; with <c>--calibration</c>, applying that calibration too; with <c>--native</c>, the Native AOT build of
/// grader, see <see cref="NativeGrader"/>), and prints essays per second end to end, the
/// pipeline's own rate, and the child's peak memory.
/// </summary>
internal static class ThroughputCommand
{
    public const string Usage = "throughput [--asap <ASAP-AES folder>] [--rows N] [--threads N] [--calibration <file>] [--native] [--keep]";

    private const int DefaultGeneratedRows = 100_000;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = ThroughputOptions.Parse(args, out var problem);
        if (options is null)
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine($"usage: {Usage}");
            return 2;
        }

        string? program = null;
        var published = false;
        if (options.Native && (program = NativeGrader.Ensure(output, error, out published)) is null)
        {
            return 3;
        }

        var (essays, source) = options.AsapFolder is { } folder ? ReadAsap(folder) : (Generated(), "essays generated from tests/Grader.Tests/Essays (200-500 words)");
        if (essays.Count == 0)
        {
            error.WriteLine($"error: no essays found in {options.AsapFolder}.");
            return 2;
        }

        var rows = options.Rows ?? (options.AsapFolder is null ? DefaultGeneratedRows : essays.Count);
        var work = Directory.CreateTempSubdirectory("grader-throughput-").FullName;
        try
        {
            var input = Path.Combine(work, "essays.csv");
            var marks = Path.Combine(work, "marks.csv");
            EssaysCsvFile.Write(input, essays, rows);
            var words = essays.Average(e => e.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input: {rows:N0} rows from {essays.Count:N0} {source}, {words:N0} words on average, {new FileInfo(input).Length / 1e6:N0} MB"));

            output.WriteLine(program is null ? "program: grader on the .NET runtime (Grader.Cli built beside this benchmark)" : $"program: the native (Native AOT) grader, {program}");

            // This process must be idle while grader runs: on 2 cores, the tiered JIT recompiling the methods that just
            // wrote the input, and the collector tidying after it, took 0.1-0.15 s from the measured run (1.42-1.43 s
            // against 1.28-1.34 s with this process's tiered compilation off). Both finish within a second.
            essays = [];
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(TimeSpan.FromSeconds(1));
            var run = MarkProcess.Run(program, input, marks, BenchmarkData.Rubric, options.Threads, options.Calibration, otherChildren: published);
            if (run.ExitCode is not (0 or 1))
            {
                error.WriteLine($"error: grader mark exited with {run.ExitCode}:\n{run.StandardError}");
                return 3;
            }

            var pipeline = Regex.Match(run.StandardError, @"\(([\d,.]+) rows/s\)") is { Success: true } m ? m.Groups[1].Value : "?";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"grader mark: {rows:N0} essays in {run.Elapsed.TotalSeconds:N2} s end to end = {rows / run.Elapsed.TotalSeconds:N0} essays/s (pipeline alone: {pipeline} rows/s)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory (max RSS): {run.PeakBytes / (1024.0 * 1024.0):N0} MB"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}"));
            if (options.Keep)
            {
                output.WriteLine($"files kept in {work}");
            }

            return 0;
        }
        finally
        {
            if (!options.Keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>The ASAP-AES essays from the folder given (read in place, never copied into the repository).</summary>
    private static (IReadOnlyList<string> Essays, string Source) ReadAsap(string folder)
    {
        var path = Path.Combine(folder, AsapDataset.EssaysFile);
        var essays = new List<string>();
        foreach (var line in File.ReadLines(path, Encoding.Latin1).Skip(1))
        {
            if (AsapDataset.ParseLine(line) is { } essay)
            {
                essays.Add(essay.Text);
            }
        }

        return (essays, "ASAP-AES essays");
    }

    /// <summary>400 different essays of 200 to 500 words assembled from the test essays' paragraphs.</summary>
    private static IReadOnlyList<string> Generated() =>
        Enumerable.Range(0, 400).Select(i => BenchmarkEssays.OfLength(200 + (i * 37 % 300), i * 3)).ToArray();
}
