using Grader.Checks;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// What the screens found in one essay: the passages that earn nothing, the flags they raise and the signals they
/// measure. One board per essay; not shared between threads.
/// </summary>
internal sealed class ScreeningBoard
{
    private readonly List<ExcludedText> _excluded = new();
    private readonly List<(string Code, FlagKind Kind, string Message, TextSpan? Span)> _flags = new();
    private readonly List<(string Signal, double Value)> _signals = new();

    /// <summary>One byte per character of the text, 1 where excluded: "is this span excluded?" costs the span's length, not the number of exclusions.</summary>
    private byte[] _covered = [];

    private TopicWords? _topicWords;

    /// <summary>The essay's words as the question's <see cref="TopicProfile"/> weighs them, looked up on first use and kept for every screen after it.</summary>
    public TopicWords TopicWordsOf(EssayFacts facts, MarkingResources resources) =>
        _topicWords ??= resources.Topic.WordsOf(facts.Document, resources.Vocabulary.IsFrameWord);

    /// <summary>The passages excluded so far, in the order the screens found them.</summary>
    public IReadOnlyList<ExcludedText> Excluded => _excluded;

    public bool HasExclusions => _excluded.Count > 0;

    /// <summary>Excludes a passage from marking. Empty spans are ignored.</summary>
    public void Exclude(TextSpan span, ExclusionKind kind, string reason)
    {
        if (span.Length > 0)
        {
            _excluded.Add(new ExcludedText(span, kind, reason));
            if (_covered.Length < span.End)
            {
                Array.Resize(ref _covered, Math.Max(span.End, _covered.Length * 2));
            }

            _covered.AsSpan(span.Start, span.Length).Fill(1);
        }
    }

    /// <summary>Whether most of <paramref name="span"/> has already been excluded by an earlier screen.</summary>
    public bool IsExcluded(TextSpan span)
    {
        if (span.Length == 0 || span.Start >= _covered.Length)
        {
            return false;
        }

        var end = Math.Min(span.End, _covered.Length);
        var covered = _covered.AsSpan(span.Start, end - span.Start).Count((byte)1);
        return covered * 2 > span.Length;
    }

    public void Flag(string code, FlagKind kind, string message, TextSpan? span = null) => _flags.Add((code, kind, message, span));

    /// <summary>Whether an advisory flag with one of <paramref name="codes"/> has been raised.</summary>
    public bool HasAdvisory(params ReadOnlySpan<string> codes)
    {
        foreach (var flag in _flags)
        {
            if (flag.Kind == FlagKind.Advisory && codes.Contains(flag.Code))
            {
                return true;
            }
        }

        return false;
    }

    public void Set(string signal, double value) => _signals.Add((signal, value));

    /// <summary>The excluded spans, sorted and merged where they touch or overlap (what the analyser blanks out).</summary>
    public List<TextSpan> MergedSpans()
    {
        var spans = _excluded.Select(e => e.Span).OrderBy(s => s.Start).ToList();
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = TextSpan.FromBounds(last.Start, Math.Max(last.End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>Posts the flags and signals to the board the checks use.</summary>
    public void PostTo(SignalBoard board)
    {
        foreach (var (code, kind, message, span) in _flags)
        {
            board.Flag(code, kind, message, span);
        }

        foreach (var (signal, value) in _signals)
        {
            board.Set(signal, value);
        }
    }
}
