namespace Grader.Similarity;

/// <summary>
/// A background document-frequency table: over a collection of general English documents, how many contain each
/// word unigram, word bigram and character n-gram of the similarity model (keyed as <see cref="SimilarityFeaturizer"/>
/// makes them). It gives term weights that do not come from the reference texts themselves, so one model essay no
/// longer weighs every term log(1) = 0. <see cref="English"/> is the table shipped in the assembly (see
/// docs/english-df.md for its source, licence and builder). Immutable and thread-safe.
/// </summary>
internal sealed class BackgroundDocumentFrequencies
{
    /// <summary>The manifest name of the shipped table.</summary>
    public const string EnglishResourceName = "Grader.Similarity.english-document-frequencies.bin";

    /// <summary>Joins the two words of a bigram key (the tokenizer never produces it, and ML.NET names bigram slots so).</summary>
    public const char BigramSeparator = '|';

    private static readonly Lazy<BackgroundDocumentFrequencies> s_english = new(LoadEnglish, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int> _unigrams;
    private readonly Dictionary<string, int> _bigrams;
    private readonly Dictionary<string, int> _charGrams;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unigramLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bigramLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _charGramLookup;

    /// <summary>Builds a table (<see cref="ArgumentException"/> when a count is not between 1 and <paramref name="documentCount"/>).</summary>
    public BackgroundDocumentFrequencies(
        int documentCount,
        IReadOnlyDictionary<string, int> unigrams,
        IReadOnlyDictionary<string, int> bigrams,
        IReadOnlyDictionary<string, int> charGrams)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documentCount);
        DocumentCount = documentCount;
        _unigrams = Freeze(unigrams, documentCount, "word unigram");
        _bigrams = Freeze(bigrams, documentCount, "word bigram");
        _charGrams = Freeze(charGrams, documentCount, "character n-gram");
        _unigramLookup = _unigrams.GetAlternateLookup<ReadOnlySpan<char>>();
        _bigramLookup = _bigrams.GetAlternateLookup<ReadOnlySpan<char>>();
        _charGramLookup = _charGrams.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The table shipped with the engine, read from the assembly once, on first use.</summary>
    public static BackgroundDocumentFrequencies English => s_english.Value;

    /// <summary>The number of documents counted.</summary>
    public int DocumentCount { get; }

    /// <summary>Word unigrams and their document frequencies.</summary>
    public IReadOnlyDictionary<string, int> Unigrams => _unigrams;

    /// <summary>Word bigrams (<c>left|right</c>, see <see cref="BigramKey"/>) and their document frequencies.</summary>
    public IReadOnlyDictionary<string, int> Bigrams => _bigrams;

    /// <summary>Character n-grams (with the word-boundary markers, e.g. <c>&lt;tr</c>) and their document frequencies.</summary>
    public IReadOnlyDictionary<string, int> CharGrams => _charGrams;

    /// <summary>The key of a word bigram: the two normalised words joined by <see cref="BigramSeparator"/>.</summary>
    public static string BigramKey(string left, string right) => string.Concat(left, "|", right);

    /// <summary>How many documents contain the normalised word <paramref name="word"/>; 0 when the table lacks it.</summary>
    public int UnigramFrequency(ReadOnlySpan<char> word) => _unigramLookup.TryGetValue(word, out var df) ? df : 0;

    /// <summary>How many documents contain the bigram of two normalised words; 0 when the table lacks it.</summary>
    public int BigramFrequency(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        Span<char> key = stackalloc char[left.Length + right.Length + 1];
        left.CopyTo(key);
        key[left.Length] = BigramSeparator;
        right.CopyTo(key[(left.Length + 1)..]);
        return _bigramLookup.TryGetValue(key, out var df) ? df : 0;
    }

    /// <summary>How many documents contain the character n-gram <paramref name="gram"/>; 0 when the table lacks it.</summary>
    public int CharGramFrequency(ReadOnlySpan<char> gram) => _charGramLookup.TryGetValue(gram, out var df) ? df : 0;

    /// <summary>
    /// The smoothed inverse document frequency ln((N + 1) / (df + 1)) of a term found in <paramref name="documentFrequency"/>
    /// of this table's N documents, optionally pooled with a batch of <paramref name="batchDocuments"/> more documents
    /// (for example the scripts being marked) of which <paramref name="batchFrequency"/> contain the term. A term in
    /// every document weighs 0; a term found nowhere (absent from the table or pruned as rare) weighs ln(N + 1), the most.
    /// </summary>
    public double Idf(int documentFrequency, int batchDocuments = 0, int batchFrequency = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documentFrequency);
        ArgumentOutOfRangeException.ThrowIfNegative(batchDocuments);
        ArgumentOutOfRangeException.ThrowIfNegative(batchFrequency);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchFrequency, batchDocuments);
        var documents = (double)DocumentCount + batchDocuments;
        var frequency = Math.Min(documentFrequency + (double)batchFrequency, documents);
        return Math.Log((documents + 1) / (frequency + 1));
    }

    /// <summary>
    /// The background IDF (<see cref="Idf"/>, no batch) of every term of <paramref name="vocabulary"/>, by vector
    /// index: what a model fitted on that vocabulary would weigh its terms with instead of its own IDF.
    /// </summary>
    public float[] IdfByIndex(SimilarityVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var idf = new float[vocabulary.Size];
        var unigrams = vocabulary.Unigrams;
        for (var i = 0; i < unigrams.Length; i++)
        {
            idf[i] = (float)Idf(UnigramFrequency(unigrams[i]));
        }

        var left = vocabulary.BigramLeft;
        var right = vocabulary.BigramRight;
        for (var j = 0; j < left.Length; j++)
        {
            idf[unigrams.Length + j] = (float)Idf(BigramFrequency(unigrams[left[j]], unigrams[right[j]]));
        }

        var grams = vocabulary.CharGrams;
        for (var k = 0; k < grams.Length; k++)
        {
            idf[vocabulary.WordTermCount + k] = (float)Idf(CharGramFrequency(grams[k]));
        }

        return idf;
    }

    private static Dictionary<string, int> Freeze(IReadOnlyDictionary<string, int> counts, int documentCount, string what)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var (term, df) in counts)
        {
            if (string.IsNullOrEmpty(term) || df < 1 || df > documentCount)
            {
                throw new ArgumentException($"Inconsistent background table: {what} '{term}' has document frequency {df} of {documentCount} documents.", nameof(counts));
            }
        }

        // A plain dictionary, not a frozen one: freezing 150,000 keys costs more at load than it saves on lookups here.
        return new Dictionary<string, int>(counts, StringComparer.Ordinal);
    }

    private static BackgroundDocumentFrequencies LoadEnglish()
    {
        using var stream = typeof(BackgroundDocumentFrequencies).Assembly.GetManifestResourceStream(EnglishResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded resource {EnglishResourceName}: the build is broken.");
        return BackgroundDocumentFrequencyFile.Read(stream);
    }
}
