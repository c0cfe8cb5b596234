namespace Grader.Text;

/// <summary>
/// An essay after analysis: its blocks, prose paragraphs, sentences, tokens and the specific items found in it,
/// each with its character span. Mention lists are sorted by position. Immutable once built.
/// </summary>
internal sealed class EssayDocument
{
    public required string Text { get; init; }

    public required Token[] Tokens { get; init; }

    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>Every sentence in the file, in order; prose sentences have a paragraph index.</summary>
    public required IReadOnlyList<Sentence> Sentences { get; init; }

    /// <summary>The prose paragraphs: the essay that is marked.</summary>
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    public required IReadOnlyList<TemporalMention> Temporal { get; init; }

    public required IReadOnlyList<MoneyMention> Money { get; init; }

    public required IReadOnlyList<CountMention> Counts { get; init; }

    public required IReadOnlyList<EntityMention> Entities { get; init; }

    /// <summary>Words (letter or digit tokens) in the prose paragraphs.</summary>
    public int ProseWordCount { get; init; }

    /// <summary>Words in the whole file: prose, headings, question and plan.</summary>
    public int WordCount { get; init; }

    /// <summary>
    /// For each token, a case-insensitive hash of its text (<see cref="WordHash"/>; 0 for symbols): computed
    /// once, for the checks that compare runs of words (copying, repetition).
    /// </summary>
    public required ulong[] WordHashes { get; init; }

    /// <summary>The tokens of <paramref name="paragraph"/>: from its first sentence's first token to its last sentence's end.</summary>
    public (int First, int End) TokenRange(Paragraph paragraph) =>
        (Sentences[paragraph.FirstSentence].FirstToken, Sentences[paragraph.EndSentence - 1].EndToken);

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public string Quote(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The sentences of <paramref name="paragraph"/>.</summary>
    public IEnumerable<Sentence> SentencesOf(Paragraph paragraph)
    {
        for (var i = paragraph.FirstSentence; i < paragraph.EndSentence; i++)
        {
            yield return Sentences[i];
        }
    }

    /// <summary>The index of the first temporal mention that starts at or after <paramref name="position"/> (mentions are sorted).</summary>
    public int FirstTemporalFrom(int position)
    {
        int low = 0, high = Temporal.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Temporal[middle].Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Whether the character at <paramref name="position"/> lies in a prose paragraph (paragraphs are sorted).</summary>
    public bool IsProse(int position)
    {
        int low = 0, high = Paragraphs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var span = Paragraphs[middle].Span;
            if (position < span.Start)
            {
                high = middle - 1;
            }
            else if (position >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
