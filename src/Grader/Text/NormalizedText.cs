namespace Grader.Text;

/// <summary>
/// An essay's text as the engine analyses it (<see cref="Text"/>, made by <see cref="TextNormalizer"/>) and the way
/// back to the text the student handed in (<see cref="Original"/>), so that every quote shows and locates the
/// original characters. When normalising changed nothing, both are the same string and spans map to themselves.
/// Immutable.
/// </summary>
internal sealed class NormalizedText
{
    /// <summary>For each character of <see cref="Text"/>, where the original character it came from starts and ends.</summary>
    private readonly int[]? _originalStart;
    private readonly int[]? _originalEnd;

    private NormalizedText(string original, string text, int[]? originalStart, int[]? originalEnd, int removed)
    {
        Original = original;
        Text = text;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
        RemovedCharacters = removed;
    }

    /// <summary>The text as handed in.</summary>
    public string Original { get; }

    /// <summary>The text the engine reads: invisible characters removed, compatibility forms and line breaks made plain.</summary>
    public string Text { get; }

    /// <summary>Whether normalising changed anything.</summary>
    public bool Changed => _originalStart is not null;

    /// <summary>How many invisible (format) characters were removed.</summary>
    public int RemovedCharacters { get; }

    /// <summary>Text that needed no change.</summary>
    public static NormalizedText Unchanged(string text) => new(text, text, null, null, 0);

    /// <summary>
    /// Text that changed: <paramref name="originalStart"/> and <paramref name="originalEnd"/> give, for each character of
    /// <paramref name="text"/>, the original character range it came from.
    /// </summary>
    public static NormalizedText Of(string original, string text, int[] originalStart, int[] originalEnd, int removed)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(text);
        if (originalStart.Length != text.Length || originalEnd.Length != text.Length)
        {
            throw new ArgumentException("The maps must give one original range per character of the text.");
        }

        return new NormalizedText(original, text, originalStart, originalEnd, removed);
    }

    /// <summary>The span of the original text that <paramref name="span"/> of <see cref="Text"/> came from.</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (_originalStart is null || _originalEnd is null)
        {
            return span;
        }

        if (span.Length == 0)
        {
            var at = span.Start < _originalStart.Length ? _originalStart[span.Start] : Original.Length;
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(_originalStart[span.Start], _originalEnd[span.End - 1]);
    }
}
