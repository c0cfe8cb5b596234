using BenchmarkDotNet.Attributes;
using Grader.Cli.Csv;
using Grader.Cli.Marking;
using Grader.Csv;

namespace Grader.Benchmarks;

/// <summary>
/// The CSV ends of <c>grader mark</c> (CsvHelper through the CLI's <c>Csv/</c> classes): reading an input of essays of
/// about 250 words, and writing the marks rows the pipeline makes for them.
/// </summary>
[MemoryDiagnoser]
public class CsvBenchmarks
{
    private byte[] _input = [];
    private string[][] _marksRows = [];

    [Params(1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var essays = BenchmarkEssays.Many(200, 250);
        var path = Path.Combine(Path.GetTempPath(), $"grader-csv-bench-{Environment.ProcessId}.csv");
        EssaysCsvFile.Write(path, essays, Rows);
        _input = File.ReadAllBytes(path);
        File.Delete(path);

        var grader = new EssayGrader(MarkScheme.Load(BenchmarkData.Rubric).GetValueOrThrow());
        var layout = new MarksLayout(grader.Scheme.Rubric.Criteria.Select(c => c.Id).ToArray(), []);
        var marker = new RowMarker(grader, layout, withDetails: false);
        var distinct = essays.Select((text, i) => marker.Mark(i, new EssayRow(i + 1, $"line {i + 2}", "E" + i, text, [], null)).Cells).ToArray();
        _marksRows = Enumerable.Range(0, Rows).Select(i => distinct[i % distinct.Length]).ToArray();
    }

    [Benchmark]
    public long ReadEssaysCsv()
    {
        using var reader = CsvRecordReader.Open(new MemoryStream(_input, writable: false));
        long characters = 0;
        while (reader.TryRead(out var record))
        {
            characters += record.Fields[^1].Length;
        }

        return characters;
    }

    [Benchmark]
    public long WriteMarksCsv()
    {
        var buffer = new MemoryStream();
        using (var writer = CsvWriting.Create(new NonClosingStream(buffer)))
        {
            foreach (var cells in _marksRows)
            {
                writer.WriteRecord(cells);
            }
        }

        return buffer.Length;
    }
}
