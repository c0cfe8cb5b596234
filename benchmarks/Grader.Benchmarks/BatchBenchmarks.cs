using BenchmarkDotNet.Attributes;

namespace Grader.Benchmarks;

/// <summary>Batch throughput through the library: many essays of about 250 words graded on all cores with one shared grader.</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private EssayGrader _grader = null!;
    private string[] _essays = [];

    [Params(1_000, 10_000)]
    public int Essays { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _grader = new EssayGrader(MarkScheme.Load(BenchmarkData.Rubric).GetValueOrThrow());
        var pool = BenchmarkEssays.Many(200, 250);
        _essays = Enumerable.Range(0, Essays).Select(i => pool[i % pool.Length]).ToArray();
    }

    [Benchmark]
    public int GradeBatchOnAllCores()
    {
        var total = 0;
        Parallel.For(0, _essays.Length, () => 0, (i, _, sum) => sum + _grader.Grade(_essays[i]).Total, sum => Interlocked.Add(ref total, sum));
        return total;
    }
}
