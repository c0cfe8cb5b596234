using BenchmarkDotNet.Attributes;
using Grader.Scoring;

namespace Grader.Benchmarks;

/// <summary>Grading one essay through the library, by length (every check and the similarity model).</summary>
[MemoryDiagnoser]
public class GradingBenchmarks
{
    private EssayGrader _grader = null!;
    private string _essay = "";

    [Params(200, 600, 1200)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _grader = new EssayGrader(MarkScheme.Load(BenchmarkData.Rubric).GetValueOrThrow());
        _essay = BenchmarkEssays.OfLength(Words);
    }

    [Benchmark]
    public GradeResult GradeEssay() => _grader.Grade(_essay);
}
