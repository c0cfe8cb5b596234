using System.Collections.Frozen;
using Grader.Collections;

namespace Grader.Similarity;

/// <summary>
/// The inference side of the similarity model: turns text into the L2-normalised TF-IDF vector over word unigrams,
/// word bigrams and character n-grams that the fitted ML.NET pipeline would produce, without ML.NET, without
/// allocating anything but the result. Immutable and thread-safe.
/// </summary>
internal sealed class SimilarityVectorizer
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unigrams;
    private readonly FrozenDictionary<ulong, int> _bigrams;
    private readonly FrozenDictionary<ulong, int> _charGrams;
    private readonly int[][] _unigramCharGrams;
    private readonly float[] _idf;
    private readonly int _wordTermCount;

    public SimilarityVectorizer(SimilarityVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Vocabulary = vocabulary;
        _wordTermCount = vocabulary.WordTermCount;
        _idf = vocabulary.IdfByIndex();

        var unigrams = vocabulary.Unigrams;
        var unigramIds = new Dictionary<string, int>(unigrams.Length, StringComparer.Ordinal);
        for (var i = 0; i < unigrams.Length; i++)
        {
            unigramIds.Add(unigrams[i], i);
        }

        _unigrams = unigramIds.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        var left = vocabulary.BigramLeft;
        var right = vocabulary.BigramRight;
        var bigrams = new Dictionary<ulong, int>(left.Length);
        for (var j = 0; j < left.Length; j++)
        {
            bigrams.Add(PackBigram(left[j], right[j]), unigrams.Length + j);
        }

        _bigrams = bigrams.ToFrozenDictionary();

        var grams = vocabulary.CharGrams;
        var charGrams = new Dictionary<ulong, int>(grams.Length);
        for (var k = 0; k < grams.Length; k++)
        {
            charGrams.Add(CharGramEnumerator.Pack(grams[k]), _wordTermCount + k);
        }

        _charGrams = charGrams.ToFrozenDictionary();

        // The character n-grams of a known word never change: look them up once here, not per occurrence.
        _unigramCharGrams = new int[unigrams.Length][];
        Span<char> marked = stackalloc char[CharGramEnumerator.BufferLength];
        var slots = new List<int>();
        for (var i = 0; i < unigrams.Length; i++)
        {
            slots.Clear();
            var enumerator = new CharGramEnumerator(unigrams[i], marked);
            while (enumerator.MoveNext())
            {
                if (_charGrams.TryGetValue(CharGramEnumerator.Pack(enumerator.Current), out var slot))
                {
                    slots.Add(slot);
                }
            }

            _unigramCharGrams[i] = [.. slots];
        }
    }

    /// <summary>The fitted vocabulary.</summary>
    public SimilarityVocabulary Vocabulary { get; }

    /// <summary>The vector dimension.</summary>
    public int Dimension => _idf.Length;

    /// <summary>The unit-length TF-IDF vector of <paramref name="text"/>; <see cref="SparseVector.Empty"/> when no term is known.</summary>
    public SparseVector Vectorize(ReadOnlySpan<char> text)
    {
        var scratch = VectorizerScratch.ForCurrentThread(_idf.Length);
        Count(text, scratch, null);
        return scratch.ToVector(_idf, _wordTermCount);
    }

    /// <summary>
    /// The cosines of each part's vector with every reference of <paramref name="partReferences"/> (rows of
    /// <paramref name="partCosines"/>) and of all parts together with every reference of <paramref name="wholeReferences"/>
    /// (<paramref name="wholeCosines"/>), reading the text once and building no vectors.
    /// </summary>
    public void ScoreParts(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Text.TextSpan> parts,
        ReferenceMatrix partReferences,
        Span<double> partCosines,
        ReferenceMatrix wholeReferences,
        Span<double> wholeCosines)
    {
        var scratch = VectorizerScratch.ForCurrentThread(_idf.Length);
        var whole = VectorizerScratch.TotalsForCurrentThread(_idf.Length);
        var memo = WordMemo<WordTerms>.ForCurrentThread(this);
        var columns = partReferences.Count;
        if (parts.Length == 1)
        {
            // One part is the whole: the same counts in the same order give the same cosines, so count and weigh them once.
            Count(text.Slice(parts[0].Start, parts[0].Length), scratch, memo);
            scratch.Weigh(_idf, _wordTermCount);
            scratch.Cosines(partReferences, partCosines[..columns]);
            scratch.Cosines(wholeReferences, wholeCosines);
            scratch.Reset();
            return;
        }

        for (var p = 0; p < parts.Length; p++)
        {
            Count(text.Slice(parts[p].Start, parts[p].Length), scratch, memo);
            scratch.AddCountsTo(whole);
            scratch.Weigh(_idf, _wordTermCount);
            scratch.Cosines(partReferences, partCosines.Slice(p * columns, columns));
            scratch.Reset();
        }

        whole.Weigh(_idf, _wordTermCount);
        whole.Cosines(wholeReferences, wholeCosines);
        whole.Reset();
    }

    /// <summary>Counts the terms of <paramref name="text"/> into <paramref name="scratch"/>, looking words up through <paramref name="memo"/> when given.</summary>
    private void Count(ReadOnlySpan<char> text, VectorizerScratch scratch, WordMemo<WordTerms>? memo)
    {
        Span<char> token = stackalloc char[SimilarityTokenizer.MaxTokenLength];
        var previous = -1;
        var position = 0;
        while (SimilarityTokenizer.TryReadToken(text, ref position, token, out var length))
        {
            var word = token[..length];
            WordTerms terms;
            if (memo is null)
            {
                terms = TermsOf(word);
            }
            else if (!memo.TryGet(word, out var hash, out terms))
            {
                terms = TermsOf(word);
                memo.Add(word, hash, terms);
            }

            var unigram = terms.Unigram;
            if (unigram == WordTerms.StopWord)
            {
                // Stop words are removed before n-grams are made, so they do not break a bigram.
                continue;
            }

            if (unigram >= 0)
            {
                scratch.Add(unigram);
                if (previous >= 0 && _bigrams.TryGetValue(PackBigram(previous, unigram), out var bigram))
                {
                    scratch.Add(bigram);
                }
            }

            // An unknown word breaks the bigram chain, as ML.NET's missing key does.
            previous = unigram;
            scratch.AddAll(terms.CharGramSlots);
        }
    }

    /// <summary>What <paramref name="word"/> adds: a known unigram with its n-grams; a stop word nothing; any other word its known n-grams.</summary>
    private WordTerms TermsOf(ReadOnlySpan<char> word)
    {
        if (_unigrams.TryGetValue(word, out var unigram))
        {
            return new WordTerms(unigram, _unigramCharGrams[unigram]);
        }

        if (SimilarityStopWords.Contains(word))
        {
            return new WordTerms(WordTerms.StopWord, []);
        }

        Span<char> marked = stackalloc char[CharGramEnumerator.BufferLength];
        Span<int> found = stackalloc int[(2 * CharGramEnumerator.BufferLength) + 2];
        var count = 0;
        var enumerator = new CharGramEnumerator(word, marked);
        while (enumerator.MoveNext())
        {
            if (_charGrams.TryGetValue(CharGramEnumerator.Pack(enumerator.Current), out var slot))
            {
                found[count++] = slot;
            }
        }

        return new WordTerms(WordTerms.Unknown, count == 0 ? [] : found[..count].ToArray());
    }

    private static ulong PackBigram(int left, int right) => ((ulong)(uint)left << 32) | (uint)right;
}
