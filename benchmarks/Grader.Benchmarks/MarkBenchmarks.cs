using BenchmarkDotNet.Attributes;
using Grader.Cli;
using Grader.Cli.Console;

namespace Grader.Benchmarks;

/// <summary>
/// <c>grader mark</c> end to end, in process: load the rubric and model, read the CSV, grade every essay (about 250
/// words) with every check and the similarity model on all cores, write the marks CSV.
/// </summary>
[MemoryDiagnoser]
public class MarkBenchmarks
{
    private string _folder = "";
    private string _input = "";
    private string _output = "";

    [Params(1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("grader-mark-bench-").FullName;
        _input = Path.Combine(_folder, "essays.csv");
        _output = Path.Combine(_folder, "marks.csv");
        EssaysCsvFile.Write(_input, BenchmarkEssays.Many(200, 250), Rows);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int MarkCsvEndToEnd()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false, _folder);
        var exit = GraderApp.Run(["mark", _input, "--rubric", BenchmarkData.Rubric, "--out", _output, "--quiet"], console);
        return exit == 0 ? exit : throw new InvalidOperationException($"grader mark exited with {exit}.");
    }
}
