using BenchmarkDotNet.Attributes;
using Grader.Scoring;

namespace Grader.Benchmarks;

/// <summary>Grading through the library: one essay (the seed, about 950 words) and loading the mark scheme.</summary>
[MemoryDiagnoser]
public class GradingBenchmarks
{
    private EssayGrader _grader = null!;
    private string _essay = "";

    [GlobalSetup]
    public void Setup()
    {
        _grader = new EssayGrader(MarkScheme.Load(BenchmarkData.Rubric, new MarkSchemeLoadOptions { RequireSavedSimilarityModel = true }).GetValueOrThrow());
        _essay = File.ReadAllText(BenchmarkData.Seed);
    }

    [Benchmark]
    public GradeResult GradeSeedEssay() => _grader.Grade(_essay);

    [Benchmark]
    public MarkScheme LoadMarkScheme() =>
        MarkScheme.Load(BenchmarkData.Rubric, new MarkSchemeLoadOptions { RequireSavedSimilarityModel = true }).GetValueOrThrow();
}
