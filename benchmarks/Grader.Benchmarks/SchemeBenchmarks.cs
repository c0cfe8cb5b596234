using BenchmarkDotNet.Attributes;

namespace Grader.Benchmarks;

/// <summary>Getting ready to mark: loading a rubric with its saved similarity model, and training that model with ML.NET.</summary>
[MemoryDiagnoser]
public class SchemeBenchmarks
{
    [Benchmark]
    public MarkScheme LoadRubricWithModel() =>
        MarkScheme.Load(BenchmarkData.Rubric).GetValueOrThrow();

    [Benchmark]
    public MarkScheme LoadRubricAndTrainModel() =>
        MarkSchemeTrainer.LoadOrTrain(BenchmarkData.Rubric, new MarkSchemeLoadOptions { RetrainSimilarityModel = true }).GetValueOrThrow();
}
