namespace Grader.Similarity;

/// <summary>
/// The fitted vocabulary of the similarity model with the inverse document frequency (IDF) of every term, in the
/// model's own canonical order, which is the order of vector indices:
/// word unigrams (ordinal order), then word bigrams (ordered by their two unigram indices), then character n-grams
/// (ordinal order). Every bigram is made of two unigrams of the vocabulary.
/// </summary>
internal sealed class SimilarityVocabulary
{
    private readonly string[] _unigrams;
    private readonly float[] _unigramIdf;
    private readonly int[] _bigramLeft;
    private readonly int[] _bigramRight;
    private readonly float[] _bigramIdf;
    private readonly string[] _charGrams;
    private readonly float[] _charGramIdf;

    /// <summary>Takes ownership of the arrays, and checks them (<see cref="ArgumentException"/> when inconsistent).</summary>
    public SimilarityVocabulary(
        string[] unigrams,
        float[] unigramIdf,
        int[] bigramLeft,
        int[] bigramRight,
        float[] bigramIdf,
        string[] charGrams,
        float[] charGramIdf)
    {
        ArgumentNullException.ThrowIfNull(unigrams);
        ArgumentNullException.ThrowIfNull(unigramIdf);
        ArgumentNullException.ThrowIfNull(bigramLeft);
        ArgumentNullException.ThrowIfNull(bigramRight);
        ArgumentNullException.ThrowIfNull(bigramIdf);
        ArgumentNullException.ThrowIfNull(charGrams);
        ArgumentNullException.ThrowIfNull(charGramIdf);
        Require(unigrams.Length == unigramIdf.Length, "one IDF per word unigram");
        Require(bigramLeft.Length == bigramRight.Length && bigramLeft.Length == bigramIdf.Length, "one IDF per word bigram");
        Require(charGrams.Length == charGramIdf.Length, "one IDF per character n-gram");
        RequireOrdinalSorted(unigrams, "word unigrams");
        RequireOrdinalSorted(charGrams, "character n-grams");
        foreach (var gram in charGrams)
        {
            Require(gram.Length is >= CharGramEnumerator.MinLength and <= CharGramEnumerator.MaxLength, $"character n-gram '{gram}' has a bad length");
        }

        for (var i = 0; i < bigramLeft.Length; i++)
        {
            Require((uint)bigramLeft[i] < (uint)unigrams.Length && (uint)bigramRight[i] < (uint)unigrams.Length, $"bigram {i} refers to a missing unigram");
            Require(
                i == 0 || bigramLeft[i] > bigramLeft[i - 1] || (bigramLeft[i] == bigramLeft[i - 1] && bigramRight[i] > bigramRight[i - 1]),
                $"bigram {i} is out of order");
        }

        RequireIdf(unigramIdf, "word unigram");
        RequireIdf(bigramIdf, "word bigram");
        RequireIdf(charGramIdf, "character n-gram");

        _unigrams = unigrams;
        _unigramIdf = unigramIdf;
        _bigramLeft = bigramLeft;
        _bigramRight = bigramRight;
        _bigramIdf = bigramIdf;
        _charGrams = charGrams;
        _charGramIdf = charGramIdf;
    }

    /// <summary>Word unigrams, ordinal order; unigram <c>i</c> is vector index <c>i</c>.</summary>
    public ReadOnlySpan<string> Unigrams => _unigrams;

    /// <summary>IDF of each unigram.</summary>
    public ReadOnlySpan<float> UnigramIdf => _unigramIdf;

    /// <summary>Left unigram index of each bigram; bigram <c>j</c> is vector index <c>UnigramCount + j</c>.</summary>
    public ReadOnlySpan<int> BigramLeft => _bigramLeft;

    /// <summary>Right unigram index of each bigram.</summary>
    public ReadOnlySpan<int> BigramRight => _bigramRight;

    /// <summary>IDF of each bigram.</summary>
    public ReadOnlySpan<float> BigramIdf => _bigramIdf;

    /// <summary>Character n-grams, ordinal order; gram <c>k</c> is vector index <c>WordTermCount + k</c>.</summary>
    public ReadOnlySpan<string> CharGrams => _charGrams;

    /// <summary>IDF of each character n-gram.</summary>
    public ReadOnlySpan<float> CharGramIdf => _charGramIdf;

    /// <summary>Word unigrams plus word bigrams: the word family occupies indices below this.</summary>
    public int WordTermCount => _unigrams.Length + _bigramLeft.Length;

    /// <summary>All terms: the vector dimension.</summary>
    public int Size => WordTermCount + _charGrams.Length;

    /// <summary>
    /// Describes the term at a vector index, in the form ML.NET names its slots, prefixed by the family:
    /// <c>word:khrushchev</c>, <c>word:secret|speech</c>, <c>char:&lt;kh</c>.
    /// </summary>
    public string DescribeTerm(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size);
        if (index < _unigrams.Length)
        {
            return "word:" + _unigrams[index];
        }

        if (index < WordTermCount)
        {
            var j = index - _unigrams.Length;
            return "word:" + _unigrams[_bigramLeft[j]] + "|" + _unigrams[_bigramRight[j]];
        }

        return "char:" + _charGrams[index - WordTermCount];
    }

    /// <summary>The IDF of every term, by vector index.</summary>
    public float[] IdfByIndex()
    {
        var idf = new float[Size];
        _unigramIdf.CopyTo(idf, 0);
        _bigramIdf.CopyTo(idf, _unigrams.Length);
        _charGramIdf.CopyTo(idf, WordTermCount);
        return idf;
    }

    private static void RequireOrdinalSorted(string[] terms, string what)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            Require(!string.IsNullOrEmpty(terms[i]), $"{what} must not be empty");
            Require(i == 0 || string.CompareOrdinal(terms[i - 1], terms[i]) < 0, $"{what} must be distinct and in ordinal order");
        }
    }

    private static void RequireIdf(float[] idf, string what)
    {
        foreach (var value in idf)
        {
            Require(float.IsFinite(value) && value >= 0, $"every {what} IDF must be finite and non-negative");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException("Inconsistent similarity vocabulary: " + message + ".");
        }
    }
}
