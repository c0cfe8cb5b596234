using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Grader.Similarity;

/// <summary>
/// The ML.NET side of the similarity model: the pipeline that fits the vocabulary and IDF weights on the training
/// documents, and can transform texts into the reference feature vectors.
/// <para>
/// Per family (words; character n-grams): space-joined tokens from <see cref="SimilarityFeaturizer"/> →
/// <c>TokenizeIntoWords</c> → <c>MapValueToKey</c> → <c>ProduceNgrams</c> (words: unigrams and bigrams; grams:
/// unigrams of the gram tokens), once with <c>Tf</c> and once with <c>TfIdf</c> weighting; then each TF-IDF vector
/// is L2-normalised, the two are concatenated and the whole is L2-normalised again (column
/// <see cref="FeaturesColumn"/>). Training only: inference uses <see cref="SimilarityVectorizer"/>.
/// </para>
/// </summary>
internal sealed class SimilarityPipeline
{
    /// <summary>The final feature column: what <see cref="SimilarityVectorizer.Vectorize"/> reproduces.</summary>
    public const string FeaturesColumn = "Features";

    /// <summary>The word n-gram order (unigrams and bigrams).</summary>
    public const int WordNgramLength = 2;

    private const string WordTokens = "WordTokens";
    private const string WordKeys = "WordKeys";
    private const string WordTf = "WordTf";
    private const string WordTfIdf = "WordTfIdf";
    private const string WordUnit = "WordUnit";
    private const string CharTokens = "CharTokens";
    private const string CharKeys = "CharKeys";
    private const string CharTf = "CharTf";
    private const string CharTfIdf = "CharTfIdf";
    private const string CharUnit = "CharUnit";
    private const string Joined = "Joined";
    private const char NgramSeparator = '|';

    private readonly MLContext _context;
    private readonly ITransformer _transformer;
    private readonly IDataView _trainingData;

    private SimilarityPipeline(MLContext context, ITransformer transformer, IDataView trainingData, int documentCount)
    {
        _context = context;
        _transformer = transformer;
        _trainingData = trainingData;
        DocumentCount = documentCount;
    }

    /// <summary>The number of training documents (rows) the pipeline was fitted on.</summary>
    public int DocumentCount { get; }

    /// <summary>Fits the pipeline on <paramref name="documents"/>; throws <see cref="ArgumentException"/> when they hold no content word.</summary>
    public static SimilarityPipeline Fit(IReadOnlyList<string> documents, int seed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rows = new SimilarityPipelineRow[documents.Count];
        var anyWord = false;
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = SimilarityFeaturizer.Featurize(documents[i]);
            anyWord |= rows[i].Words.Length > 0;
        }

        if (!anyWord)
        {
            throw new ArgumentException(
                "The similarity training set has no content words (only blank text or stop words): give the model essay, key points or exemplars some text.",
                nameof(documents));
        }

        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(rows);
        var text = context.Transforms.Text;
        var estimator = text.TokenizeIntoWords(WordTokens, nameof(SimilarityPipelineRow.Words), [' '])
            .Append(context.Transforms.Conversion.MapValueToKey(WordKeys, WordTokens, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue))
            .Append(text.ProduceNgrams(WordTf, WordKeys, WordNgramLength, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(text.ProduceNgrams(WordTfIdf, WordKeys, WordNgramLength, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(text.TokenizeIntoWords(CharTokens, nameof(SimilarityPipelineRow.CharGrams), [' ']))
            .Append(context.Transforms.Conversion.MapValueToKey(CharKeys, CharTokens, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue))
            .Append(text.ProduceNgrams(CharTf, CharKeys, ngramLength: 1, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(text.ProduceNgrams(CharTfIdf, CharKeys, ngramLength: 1, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(context.Transforms.NormalizeLpNorm(WordUnit, WordTfIdf, LpNormNormalizingEstimatorBase.NormFunction.L2, ensureZeroMean: false))
            .Append(context.Transforms.NormalizeLpNorm(CharUnit, CharTfIdf, LpNormNormalizingEstimatorBase.NormFunction.L2, ensureZeroMean: false))
            .Append(context.Transforms.Concatenate(Joined, WordUnit, CharUnit))
            .Append(context.Transforms.NormalizeLpNorm(FeaturesColumn, Joined, LpNormNormalizingEstimatorBase.NormFunction.L2, ensureZeroMean: false));
        var transformer = estimator.Fit(data);
        return new SimilarityPipeline(context, transformer, data, rows.Length);
    }

    /// <summary>
    /// Reads the fitted vocabulary (slot names) and each term's IDF out of the fitted transformer. The IDF of a
    /// slot is its TF-IDF weight divided by its term frequency, read on a training row where the term occurs
    /// (every term occurs in at least one). The result is put in the model's canonical (ordinal) order.
    /// </summary>
    public SimilarityVocabulary ExtractVocabulary()
    {
        var transformed = _transformer.Transform(_trainingData);
        var wordNames = SlotNames(transformed.Schema, WordTfIdf);
        var charNames = SlotNames(transformed.Schema, CharTfIdf);
        RequireSameSlots(wordNames, SlotNames(transformed.Schema, WordTf));
        RequireSameSlots(charNames, SlotNames(transformed.Schema, CharTf));
        var wordIdf = ReadIdf(transformed, WordTf, WordTfIdf, wordNames.Length);
        var charIdf = ReadIdf(transformed, CharTf, CharTfIdf, charNames.Length);
        return Canonicalize(wordNames, wordIdf, charNames, charIdf);
    }

    /// <summary>Transforms texts with ML.NET (batch <c>Transform</c>, no prediction engine) and returns each dense <see cref="FeaturesColumn"/> vector.</summary>
    public IReadOnlyList<float[]> TransformFeatures(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var rows = new SimilarityPipelineRow[texts.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = SimilarityFeaturizer.Featurize(texts[i]);
        }

        var transformed = _transformer.Transform(_context.Data.LoadFromEnumerable(rows));
        var column = transformed.Schema[FeaturesColumn];
        var result = new List<float[]>(rows.Length);
        using var cursor = transformed.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            result.Add(buffer.DenseValues().ToArray());
        }

        return result;
    }

    /// <summary>
    /// The name of each slot of <see cref="FeaturesColumn"/>, in the form of <see cref="SimilarityVocabulary.DescribeTerm"/>
    /// (<c>word:secret|speech</c>, <c>char:&lt;kh</c>), so ML.NET's vectors can be compared with the model's term by term.
    /// </summary>
    public IReadOnlyList<string> FeatureNames()
    {
        var schema = _transformer.GetOutputSchema(_trainingData.Schema);
        var names = new List<string>();
        foreach (var name in SlotNames(schema, WordTfIdf))
        {
            names.Add("word:" + name);
        }

        foreach (var name in SlotNames(schema, CharTfIdf))
        {
            names.Add("char:" + name);
        }

        return names;
    }

    private static string[] SlotNames(DataViewSchema schema, string columnName)
    {
        var column = schema[columnName];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetSlotNames(ref names);
        var result = new string[names.Length];
        var i = 0;
        foreach (var name in names.DenseValues())
        {
            result[i++] = name.ToString();
        }

        return result;
    }

    private static void RequireSameSlots(string[] expected, string[] actual)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            throw new InvalidOperationException("ML.NET fitted different n-gram slots for the Tf and TfIdf columns of the same keys.");
        }
    }

    private static float[] ReadIdf(IDataView transformed, string tfColumn, string tfIdfColumn, int slotCount)
    {
        var idf = new double[slotCount];
        var found = new byte[slotCount]; // 0: not yet; 1: from a count above one; 2: from a count of exactly one
        var tf = transformed.Schema[tfColumn];
        var tfIdf = transformed.Schema[tfIdfColumn];
        using var cursor = transformed.GetRowCursor([tf, tfIdf]);
        var tfGetter = cursor.GetGetter<VBuffer<float>>(tf);
        var tfIdfGetter = cursor.GetGetter<VBuffer<float>>(tfIdf);
        var counts = default(VBuffer<float>);
        var weights = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            tfGetter(ref counts);
            tfIdfGetter(ref weights);
            foreach (var (slot, count) in counts.Items())
            {
                if (count <= 0 || found[slot] == 2)
                {
                    continue;
                }

                var quality = count == 1 ? (byte)2 : (byte)1;
                if (quality > found[slot])
                {
                    idf[slot] = weights.GetItemOrDefault(slot) / (double)count;
                    found[slot] = quality;
                }
            }
        }

        var result = new float[slotCount];
        for (var slot = 0; slot < slotCount; slot++)
        {
            if (found[slot] == 0)
            {
                throw new InvalidOperationException($"Slot {slot} of {tfIdfColumn} never occurs in the training documents, so its IDF cannot be read.");
            }

            result[slot] = (float)idf[slot];
        }

        return result;
    }

    private static SimilarityVocabulary Canonicalize(string[] wordNames, float[] wordIdf, string[] charNames, float[] charIdf)
    {
        var unigramIdf = new Dictionary<string, float>(StringComparer.Ordinal);
        var bigramIdf = new List<(string Left, string Right, float Idf)>();
        for (var i = 0; i < wordNames.Length; i++)
        {
            var separator = wordNames[i].IndexOf(NgramSeparator, StringComparison.Ordinal);
            if (separator < 0)
            {
                unigramIdf.Add(wordNames[i], wordIdf[i]);
            }
            else
            {
                bigramIdf.Add((wordNames[i][..separator], wordNames[i][(separator + 1)..], wordIdf[i]));
            }
        }

        var unigrams = unigramIdf.Keys.ToArray();
        Array.Sort(unigrams, StringComparer.Ordinal);
        var unigramIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sortedUnigramIdf = new float[unigrams.Length];
        for (var i = 0; i < unigrams.Length; i++)
        {
            unigramIndex.Add(unigrams[i], i);
            sortedUnigramIdf[i] = unigramIdf[unigrams[i]];
        }

        var bigrams = new (int Left, int Right, float Idf)[bigramIdf.Count];
        for (var j = 0; j < bigrams.Length; j++)
        {
            var (left, right, idf) = bigramIdf[j];
            if (!unigramIndex.TryGetValue(left, out var l) || !unigramIndex.TryGetValue(right, out var r))
            {
                throw new InvalidOperationException($"ML.NET fitted the bigram '{left}|{right}' without both of its unigrams.");
            }

            bigrams[j] = (l, r, idf);
        }

        Array.Sort(bigrams, static (a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));

        var charOrder = new int[charNames.Length];
        for (var k = 0; k < charOrder.Length; k++)
        {
            charOrder[k] = k;
        }

        Array.Sort(charOrder, (a, b) => string.CompareOrdinal(charNames[a], charNames[b]));
        var grams = new string[charOrder.Length];
        var gramIdf = new float[charOrder.Length];
        for (var k = 0; k < charOrder.Length; k++)
        {
            grams[k] = charNames[charOrder[k]];
            gramIdf[k] = charIdf[charOrder[k]];
        }

        return new SimilarityVocabulary(
            unigrams,
            sortedUnigramIdf,
            [.. bigrams.Select(b => b.Left)],
            [.. bigrams.Select(b => b.Right)],
            [.. bigrams.Select(b => b.Idf)],
            grams,
            gramIdf);
    }
}
