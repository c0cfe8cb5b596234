using System.Numerics;
using System.Runtime.InteropServices;

namespace Grader.Similarity;

/// <summary>
/// Reference vectors (key points, the model essay, exemplars) laid out term by term, so that one pass over an
/// essay vector's non-zero terms gives its cosine with every reference at once, instead of one sorted merge per
/// pair. Each term's row is padded to whole SIMD vectors, and the running dot products are updated a vector of
/// columns at a time (a multiply then an add, never fused, so every column sums exactly as the scalar loop would).
/// Immutable and thread-safe.
/// </summary>
internal sealed class ReferenceMatrix
{
    private readonly float[] _weights;
    private readonly double[] _norms;
    private readonly int _columns;
    private readonly int _stride;

    public ReferenceMatrix(int dimension, IReadOnlyList<SparseVector> references)
    {
        _columns = references.Count;
        _stride = Math.Max(Vector<float>.Count, (_columns + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count);
        _weights = new float[(long)dimension * _stride];
        _norms = new double[_columns];
        for (var column = 0; column < _columns; column++)
        {
            var reference = references[column];
            _norms[column] = reference.Norm;
            var indices = reference.Indices;
            var values = reference.Values;
            for (var n = 0; n < indices.Length; n++)
            {
                _weights[(indices[n] * _stride) + column] = values[n];
            }
        }
    }

    public int Count => _columns;

    /// <summary>The length of a running dot-product buffer (<see cref="AddTerm"/>): <see cref="Count"/> rounded up to whole SIMD vectors.</summary>
    public int DotsLength => _stride;

    /// <summary>Writes the cosine of <paramref name="vector"/> with each reference into <paramref name="cosines"/> (0 for empty vectors).</summary>
    public void Cosines(SparseVector vector, Span<double> cosines)
    {
        cosines = cosines[.._columns];
        cosines.Clear();
        if (vector.Norm == 0)
        {
            return;
        }

        Span<double> dots = stackalloc double[_stride];
        dots.Clear();
        var indices = vector.Indices;
        var values = vector.Values;
        for (var n = 0; n < indices.Length; n++)
        {
            AddTerm(indices[n], values[n], dots);
        }

        Finish(dots, vector.Norm, cosines);
    }

    /// <summary>Adds one term of a vector to the running dot products with every reference (<paramref name="dots"/>: <see cref="DotsLength"/> long).</summary>
    public void AddTerm(int index, double value, Span<double> dots)
    {
        var row = MemoryMarshal.Cast<float, Vector<float>>(_weights.AsSpan(index * _stride, _stride));
        var sums = MemoryMarshal.Cast<double, Vector<double>>(dots[.._stride]);
        var scale = new Vector<double>(value);
        for (var v = 0; v < row.Length; v++)
        {
            Vector.Widen(row[v], out var low, out var high);
            sums[2 * v] += low * scale;
            sums[(2 * v) + 1] += high * scale;
        }
    }

    /// <summary>Turns running dot products into cosines, given the norm of the vector they came from.</summary>
    public void Finish(ReadOnlySpan<double> dots, double norm, Span<double> cosines)
    {
        for (var column = 0; column < _columns; column++)
        {
            cosines[column] = norm == 0 || _norms[column] == 0 ? 0 : Math.Clamp(dots[column] / (norm * _norms[column]), -1, 1);
        }
    }
}
