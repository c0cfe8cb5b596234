using BenchmarkDotNet.Attributes;
using Grader.Checks;
using Grader.Scoring;

namespace Grader.Benchmarks;

/// <summary>Copy detection against the model essay on its own (on the analysed essay), reading its terms, and a batch signature of its text, beside grading the same essay (the baseline), by length: their share of the grading cost.</summary>
[MemoryDiagnoser]
public class CopyBenchmarks
{
    private EssayGrader _grader = null!;
    private MarkScheme _scheme = null!;
    private string _essay = "";
    private Grader.Text.EssayDocument _document = null!;
    private readonly Grader.Text.TermSequence _terms = new();
    private readonly ushort[] _signature = new ushort[Grader.Batch.PeerSignature.Bins];

    [Params(200, 600, 1200)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scheme = MarkScheme.Load(BenchmarkData.Rubric).GetValueOrThrow();
        _grader = new EssayGrader(_scheme);
        _essay = BenchmarkEssays.OfLength(Words);
        _document = _scheme.Analyzer.Analyze(_essay);
    }

    [Benchmark(Baseline = true)]
    public GradeResult GradeEssay() => _grader.Grade(_essay);

    [Benchmark]
    public int ReadTerms()
    {
        _terms.Clear();
        _terms.Append(_document.Text, _document.Tokens, _document.WordHashes, 0, _document.Tokens.Length);
        return _terms.Count;
    }

    [Benchmark]
    public int PeerSignatureOfText() => Grader.Batch.PeerSignature.Compute(_essay, _terms, _signature);

    [Benchmark]
    public double FindCopies() => CopyFinder.Find(_document, _scheme.Resources.CopyReference).Share;
}
