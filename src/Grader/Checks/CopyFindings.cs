namespace Grader.Checks;

/// <summary>
/// What <see cref="CopyFinder"/> found in one essay: the sentences copied from the model essay or an exemplar, in essay
/// order, and the share of the essay's words they hold. Immutable; <see cref="None"/> when nothing is copied.
/// </summary>
internal sealed class CopyFindings
{
    private readonly Dictionary<int, SentenceCopy> _bySentence;

    public CopyFindings(IReadOnlyList<SentenceCopy> sentences, double share, int inOrder)
    {
        Sentences = sentences;
        Share = share;
        InOrder = inOrder;
        _bySentence = sentences.ToDictionary(s => s.Sentence);
    }

    public static CopyFindings None { get; } = new([], 0, 0);

    /// <summary>The copied sentences, in essay order.</summary>
    public IReadOnlyList<SentenceCopy> Sentences { get; }

    /// <summary>The share of the essay's prose (counted in words, punctuation aside) that lies in copied passages, 0–1.</summary>
    public double Share { get; }

    /// <summary>How many copied sentences follow the sentence copied before them in the source's own order.</summary>
    public int InOrder { get; }

    /// <summary>Whether the sentence with index <paramref name="sentence"/> (in the document's sentences) is copied.</summary>
    public bool IsCopied(int sentence) => _bySentence.ContainsKey(sentence);

    /// <summary>The copy found for the sentence with index <paramref name="sentence"/>, or null.</summary>
    public SentenceCopy? For(int sentence) => _bySentence.GetValueOrDefault(sentence);
}
