using BenchmarkDotNet.Attributes;
using Grader.Similarity;

namespace Grader.Benchmarks;

/// <summary>Reading the shipped background document-frequency table (what the first use of the table costs, after JIT).</summary>
[MemoryDiagnoser]
public class BackgroundTableBenchmarks
{
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        using var resource = typeof(BackgroundDocumentFrequencies).Assembly.GetManifestResourceStream(BackgroundDocumentFrequencies.EnglishResourceName)!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        _file = copy.ToArray();
    }

    [Benchmark]
    public int ReadEnglishTable() => BackgroundDocumentFrequencyFile.Read(new MemoryStream(_file)).DocumentCount;
}
