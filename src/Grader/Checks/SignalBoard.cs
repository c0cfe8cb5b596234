using Grader.Scoring;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Where the checks for one essay post their signals, the reasons behind them (with quoted spans) and their flags.
/// One board per essay; not shared between threads. Quotes show and locate the text as handed in
/// (<see cref="NormalizedText.Original"/>), though the checks read the normalised text.
/// </summary>
internal sealed class SignalBoard(EssayDocument document, NormalizedText? source = null)
{
    private const int MaxQuoteLength = 280;

    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MarkReason>> _reasons = new(StringComparer.Ordinal);

    /// <summary>Quotes already made, by span: checks often quote the same sentence, and a quote is immutable, so it is made once.</summary>
    private readonly Dictionary<TextSpan, Quote> _quotes = new();

    public List<GradeFlag> Flags { get; } = new();

    public List<KeyPointCoverage> KeyPoints { get; } = new();

    public IReadOnlyDictionary<string, double> Values => _values;

    public EssayDocument Document => document;

    /// <summary>Sets a signal, clamped to 0–1 (a NaN counts as 0).</summary>
    public void Set(string signal, double value) => _values[signal] = double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 1);

    public double Get(string signal) => _values.TryGetValue(signal, out var value) ? value : 0;

    public IReadOnlyList<MarkReason> ReasonsFor(string signal) =>
        _reasons.TryGetValue(signal, out var reasons) ? reasons : Array.Empty<MarkReason>();

    public void Earned(string signal, string message, params ReadOnlySpan<TextSpan> spans) => Add(signal, ReasonEffect.Earned, message, spans);

    public void Cost(string signal, string message, params ReadOnlySpan<TextSpan> spans) => Add(signal, ReasonEffect.Cost, message, spans);

    public void Note(string signal, string message, params ReadOnlySpan<TextSpan> spans) => Add(signal, ReasonEffect.Note, message, spans);

    public void Flag(string code, FlagKind kind, string message, TextSpan? span = null) =>
        Flags.Add(new GradeFlag(code, kind, message, span is { } s ? QuoteOf(s) : null));

    public Quote QuoteOf(TextSpan span)
    {
        if (_quotes.TryGetValue(span, out var quote))
        {
            return quote;
        }

        var original = source?.ToOriginal(span) ?? span;
        var text = (source?.Original ?? document.Text).AsSpan(original.Start, original.Length);
        var quoted = text.Length <= MaxQuoteLength ? text.ToString() : string.Concat(text[..(MaxQuoteLength - 1)].TrimEnd(), "…");
        quote = new Quote(original.Start, original.Length, quoted.ReplaceLineEndings(" "));
        _quotes.Add(span, quote);
        return quote;
    }

    private void Add(string signal, ReasonEffect effect, string message, ReadOnlySpan<TextSpan> spans)
    {
        if (!_reasons.TryGetValue(signal, out var reasons))
        {
            reasons = new List<MarkReason>(4);
            _reasons.Add(signal, reasons);
        }

        var quotes = new List<Quote>(spans.Length);
        foreach (var span in spans)
        {
            if (span.Length > 0)
            {
                quotes.Add(QuoteOf(span));
            }
        }

        reasons.Add(new MarkReason(effect, signal, message, quotes));
    }
}
