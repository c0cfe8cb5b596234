using System.Numerics;
using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// Inner products between every pair of scripts (a Gram matrix), added into a square matrix in place. Sparse vectors
/// are split by how many scripts use each index: the common indices go into dense rows multiplied with SIMD, the rare
/// ones through an inverted index. Each row is written by one thread in a fixed order, so the result is deterministic.
/// </summary>
internal static class GramMatrix
{
    /// <summary>An index used by at least one script in this many (half of them) goes into the dense part.</summary>
    private const int CommonFraction = 2;

    /// <summary>Adds <paramref name="weight"/> × (xᵢ · xⱼ) for every pair of <paramref name="vectors"/> into <paramref name="gram"/>.</summary>
    public static void AddSparse(double[,] gram, IReadOnlyList<SparseVector> vectors, double weight)
    {
        var n = vectors.Count;
        var frequency = new Dictionary<int, int>();
        foreach (var vector in vectors)
        {
            foreach (var index in vector.Indices)
            {
                frequency[index] = frequency.GetValueOrDefault(index) + 1;
            }
        }

        var threshold = Math.Max(2, n / CommonFraction);
        var common = frequency.Where(p => p.Value >= threshold).Select(p => p.Key).Order().ToArray();
        var column = new Dictionary<int, int>(common.Length);
        for (var c = 0; c < common.Length; c++)
        {
            column[common[c]] = c;
        }

        var width = common.Length;
        var dense = new float[n][];
        var rareIndex = new Dictionary<int, int>();
        var rareRows = new (int Feature, float Value)[n][];
        var postings = new List<List<(int Row, float Value)>>();
        for (var i = 0; i < n; i++)
        {
            dense[i] = new float[width];
            var own = new List<(int, float)>();
            var indices = vectors[i].Indices;
            var values = vectors[i].Values;
            for (var k = 0; k < indices.Length; k++)
            {
                if (column.TryGetValue(indices[k], out var c))
                {
                    dense[i][c] = values[k];
                }
                else
                {
                    if (!rareIndex.TryGetValue(indices[k], out var feature))
                    {
                        feature = postings.Count;
                        rareIndex[indices[k]] = feature;
                        postings.Add([]);
                    }

                    postings[feature].Add((i, values[k]));
                    own.Add((feature, values[k]));
                }
            }

            rareRows[i] = own.ToArray();
        }

        Parallel.For(0, n, i =>
        {
            var row = new double[i + 1];
            var own = dense[i];
            for (var j = 0; j <= i; j++)
            {
                row[j] = Dot(own, dense[j]);
            }

            foreach (var (feature, value) in rareRows[i])
            {
                foreach (var (other, otherValue) in postings[feature])
                {
                    if (other > i)
                    {
                        break;
                    }

                    row[other] += (double)value * otherValue;
                }
            }

            for (var j = 0; j <= i; j++)
            {
                gram[i, j] += weight * row[j];
                if (j != i)
                {
                    gram[j, i] += weight * row[j];
                }
            }
        });
    }

    /// <summary>Adds <paramref name="weight"/> × (xᵢ · xⱼ) for every pair of dense <paramref name="rows"/> into <paramref name="gram"/>.</summary>
    public static void AddDense(double[,] gram, IReadOnlyList<double[]> rows, double weight)
    {
        var n = rows.Count;
        Parallel.For(0, n, i =>
        {
            for (var j = 0; j <= i; j++)
            {
                double sum = 0;
                for (var k = 0; k < rows[i].Length; k++)
                {
                    sum += rows[i][k] * rows[j][k];
                }

                gram[i, j] += weight * sum;
                if (j != i)
                {
                    gram[j, i] += weight * sum;
                }
            }
        });
    }

    private static double Dot(float[] a, float[] b)
    {
        var length = a.Length;
        var k = 0;
        double total = 0;
        if (Vector.IsHardwareAccelerated && length >= Vector<float>.Count)
        {
            var sum = Vector<float>.Zero;
            var width = Vector<float>.Count;
            for (; k <= length - width; k += width)
            {
                sum += new Vector<float>(a, k) * new Vector<float>(b, k);
            }

            total = Vector.Sum(sum);
        }

        for (; k < length; k++)
        {
            total += a[k] * b[k];
        }

        return total;
    }
}
