using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// What the ridge model sees of the marked scripts: the dense features standardised over the sample (clamped to ±5),
/// the word n-gram vectors and the character n-gram vectors, each block with its weight in the inner product. Builds the
/// scripts' Gram matrix and turns a fitted dual model back into an explicit linear model (a weight per feature).
/// </summary>
internal sealed class RidgeInputs
{
    /// <summary>The ridge penalties tried by inner cross-validation, largest first.</summary>
    public static readonly double[] Penalties = [30, 10, 3, 1];

    /// <summary>Weight of the standardised dense features in the inner product (each counts like a unit-length n-gram block).</summary>
    private const double DenseWeight = 1;

    private const double WordWeight = 1;

    private const double CharacterWeight = 1;

    private RidgeInputs(double[] means, double[] scales, double[][] standardised, SparseVector[] words, SparseVector[] characters)
    {
        Means = means;
        Scales = scales;
        Standardised = standardised;
        Words = words;
        Characters = characters;
    }

    public double[] Means { get; }

    public double[] Scales { get; }

    public double[][] Standardised { get; }

    public SparseVector[] Words { get; }

    public SparseVector[] Characters { get; }

    public static RidgeInputs Of(double[][] dense, SparseVector[] words, SparseVector[] characters)
    {
        var n = dense.Length;
        var width = dense[0].Length;
        var means = new double[width];
        var scales = new double[width];
        for (var j = 0; j < width; j++)
        {
            var column = dense.Select(row => row[j]).ToArray();
            means[j] = column.Average();
            var sd = n > 1 ? AgreementStatistics.StandardDeviation(column) : 0;
            scales[j] = double.IsNaN(sd) || sd < 1e-9 ? 0 : sd;
        }

        var scorer = new LinearScorer(0, [], [], [], means, scales, 0, 1);
        var standardised = dense.Select(row => Enumerable.Range(0, width).Select(j => scorer.Standardise(row[j], j)).ToArray()).ToArray();
        return new RidgeInputs(means, scales, standardised, words, characters);
    }

    /// <summary>The weighted inner products of every pair of scripts.</summary>
    public double[,] Gram()
    {
        var n = Standardised.Length;
        var gram = new double[n, n];
        GramMatrix.AddDense(gram, Standardised, DenseWeight);
        GramMatrix.AddSparse(gram, Words, WordWeight);
        GramMatrix.AddSparse(gram, Characters, CharacterWeight);
        return gram;
    }

    /// <summary>The explicit linear model of a dual ridge model fitted on these scripts' Gram matrix.</summary>
    public LinearScorer ToLinearScorer(KernelRidge model, int vocabularySize)
    {
        var width = Means.Length;
        var dense = new double[width];
        var words = new double[vocabularySize];
        var characters = new double[CharacterNgrams.Buckets];
        for (var r = 0; r < model.Rows.Length; r++)
        {
            var i = model.Rows[r];
            var alpha = model.Alpha[r];
            for (var j = 0; j < width; j++)
            {
                dense[j] += alpha * Standardised[i][j];
            }

            Accumulate(words, Words[i], alpha);
            Accumulate(characters, Characters[i], alpha);
        }

        return new LinearScorer(
            model.Intercept,
            dense.Select(v => (float)(DenseWeight * v)).ToArray(),
            words.Select(v => (float)(WordWeight * v)).ToArray(),
            characters.Select(v => (float)(CharacterWeight * v)).ToArray(),
            Means,
            Scales,
            0,
            1);
    }

    private static void Accumulate(double[] sums, SparseVector vector, double alpha)
    {
        var indices = vector.Indices;
        var values = vector.Values;
        for (var k = 0; k < indices.Length; k++)
        {
            sums[indices[k]] += alpha * values[k];
        }
    }
}
