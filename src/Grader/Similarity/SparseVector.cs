namespace Grader.Similarity;

/// <summary>
/// An immutable sparse vector: strictly increasing indices with their (non-zero) values. Cosine similarity is a
/// merge over the sorted indices.
/// </summary>
internal sealed class SparseVector
{
    private readonly int[] _indices;
    private readonly float[] _values;

    private SparseVector(int[] indices, float[] values)
    {
        _indices = indices;
        _values = values;
        double sum = 0;
        foreach (var value in values)
        {
            sum += (double)value * value;
        }

        Norm = Math.Sqrt(sum);
    }

    /// <summary>The vector with no entries (the vector of an empty text).</summary>
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>The number of stored entries.</summary>
    public int Count => _indices.Length;

    /// <summary>True when the vector has no entries.</summary>
    public bool IsEmpty => _indices.Length == 0;

    /// <summary>The indices, strictly increasing.</summary>
    public ReadOnlySpan<int> Indices => _indices;

    /// <summary>The values, one per index.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>The Euclidean (L2) norm.</summary>
    public double Norm { get; }

    /// <summary>
    /// Wraps arrays that the caller hands over (and never changes afterwards). Indices must be strictly increasing;
    /// this is checked, and an <see cref="ArgumentException"/> names the first bad position.
    /// </summary>
    public static SparseVector FromSorted(int[] indices, float[] values)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(values);
        if (indices.Length != values.Length)
        {
            throw new ArgumentException(
                $"A sparse vector needs one value per index, but got {indices.Length} indices and {values.Length} values.",
                nameof(values));
        }

        for (var i = 0; i < indices.Length; i++)
        {
            if (indices[i] < 0 || (i > 0 && indices[i] <= indices[i - 1]))
            {
                throw new ArgumentException(
                    $"Sparse vector indices must be non-negative and strictly increasing; position {i} holds {indices[i]}.",
                    nameof(indices));
            }

            if (!float.IsFinite(values[i]))
            {
                throw new ArgumentException($"Sparse vector value at position {i} is not finite.", nameof(values));
            }
        }

        return indices.Length == 0 ? Empty : new SparseVector(indices, values);
    }

    /// <summary>Wraps arrays already known to be valid (the vectorizer's own output).</summary>
    internal static SparseVector FromTrusted(int[] indices, float[] values) =>
        indices.Length == 0 ? Empty : new SparseVector(indices, values);

    /// <summary>The dot product, a merge over the sorted indices.</summary>
    public static double Dot(SparseVector a, SparseVector b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ai = a._indices;
        var bi = b._indices;
        var av = a._values;
        var bv = b._values;
        double sum = 0;
        int i = 0, j = 0;
        while (i < ai.Length && j < bi.Length)
        {
            var x = ai[i];
            var y = bi[j];
            if (x == y)
            {
                sum += (double)av[i] * bv[j];
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>The cosine of the angle between two vectors, in [-1, 1]; 0 (never NaN) when either is empty or zero.</summary>
    public static double Cosine(SparseVector a, SparseVector b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Norm == 0 || b.Norm == 0)
        {
            return 0;
        }

        var cosine = Dot(a, b) / (a.Norm * b.Norm);
        return Math.Clamp(cosine, -1, 1);
    }
}
