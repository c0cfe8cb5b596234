using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Grader.Similarity;

/// <summary>
/// Reference vectors (key points, the model essay, exemplars) laid out term by term, so that one pass over an
/// essay vector's non-zero terms gives its cosine with every reference at once, instead of one sorted merge per
/// pair. Stored dense by term: each term has a row of <see cref="Stride"/> weights (one per reference, zero where the
/// reference lacks the term, padded to whole SIMD vectors), so adding a term to the running dot products is a few
/// vector multiply-adds with no scattered reads. Each dot product still receives the same products in the same order
/// as a term-by-term sum (a zero adds exactly nothing, every weight being non-negative), so the cosines are bit for
/// bit those of the sparse sums. Immutable and thread-safe.
/// </summary>
internal sealed class ReferenceMatrix
{
    /// <summary>Up to this many references, the running dot products stay in registers (<see cref="AddTermsInRegisters"/>).</summary>
    private const int RegisterStride = 24;

    private readonly float[] _rows;
    private readonly double[] _norms;
    private readonly int _columns;
    private readonly int _dimension;

    public ReferenceMatrix(int dimension, IReadOnlyList<SparseVector> references)
    {
        _dimension = dimension;
        _columns = references.Count;
        var width = Vector<float>.Count;
        Stride = _columns <= RegisterStride && Vector256.IsHardwareAccelerated
            ? RegisterStride
            : Math.Max(width, (_columns + width - 1) / width * width);
        _norms = new double[_columns];
        _rows = new float[dimension * Stride];
        for (var column = 0; column < _columns; column++)
        {
            var reference = references[column];
            _norms[column] = reference.Norm;
            var indices = reference.Indices;
            var values = reference.Values;
            for (var n = 0; n < indices.Length; n++)
            {
                _rows[(indices[n] * Stride) + column] = values[n];
            }
        }
    }

    /// <summary>The number of references (columns).</summary>
    public int Count => _columns;

    /// <summary>The length of the running dot products: <see cref="Count"/> padded to whole SIMD vectors.</summary>
    public int Stride { get; }

    /// <summary>Writes the cosine of <paramref name="vector"/> with each reference into <paramref name="cosines"/> (0 for empty vectors).</summary>
    public void Cosines(SparseVector vector, Span<double> cosines)
    {
        cosines = cosines[.._columns];
        cosines.Clear();
        if (vector.Norm == 0)
        {
            return;
        }

        Span<double> dots = Stride <= 256 ? stackalloc double[Stride] : new double[Stride];
        dots.Clear();
        var indices = vector.Indices;
        var values = vector.Values;
        for (var n = 0; n < indices.Length; n++)
        {
            AddTerm(indices[n], values[n], dots);
        }

        Finish(dots, vector.Norm, cosines);
    }

    /// <summary>
    /// Adds to the running dot products (<see cref="Stride"/> of them, in <paramref name="dots"/>) the terms at
    /// <paramref name="indices"/>, in that order, each weighted <c>weights[index]</c> times <paramref name="wordScale"/>
    /// below <paramref name="wordTermCount"/> and <paramref name="charScale"/> from there on. Zero weights are skipped.
    /// </summary>
    public void AddTerms(ReadOnlySpan<int> indices, ReadOnlySpan<float> weights, int wordTermCount, double wordScale, double charScale, Span<double> dots)
    {
        if (Stride == RegisterStride)
        {
            AddTermsInRegisters(indices, weights, wordTermCount, wordScale, charScale, dots);
            return;
        }

        foreach (var index in indices)
        {
            var weight = weights[index];
            if (weight != 0)
            {
                AddTerm(index, weight * (index < wordTermCount ? wordScale : charScale), dots);
            }
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

    /// <summary>Adds one term of a vector to the running dot products (<see cref="Stride"/> of them) with every reference.</summary>
    private void AddTerm(int index, double value, Span<double> dots)
    {
        if ((uint)index >= (uint)_dimension || dots.Length < Stride)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        ref var row = ref Unsafe.As<float, Vector<float>>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows), index * Stride));
        ref var dot = ref Unsafe.As<double, Vector<double>>(ref MemoryMarshal.GetReference(dots));
        var scale = new Vector<double>(value);
        var vectors = Stride / Vector<float>.Count;
        for (var v = 0; v < vectors; v++)
        {
            Vector.Widen(Unsafe.Add(ref row, v), out var low, out var high);
            Unsafe.Add(ref dot, 2 * v) += low * scale;
            Unsafe.Add(ref dot, (2 * v) + 1) += high * scale;
        }
    }

    /// <summary>
    /// <see cref="AddTerms"/> for rows of <see cref="RegisterStride"/>: the 24 running sums live in six registers for
    /// the whole pass instead of being loaded and stored for every term.
    /// </summary>
    private void AddTermsInRegisters(ReadOnlySpan<int> indices, ReadOnlySpan<float> weights, int wordTermCount, double wordScale, double charScale, Span<double> dots)
    {
        if (dots.Length < RegisterStride)
        {
            throw new ArgumentException("The running dot products are shorter than a row.", nameof(dots));
        }

        ref var dot = ref MemoryMarshal.GetReference(dots);
        var d0 = Vector256.LoadUnsafe(ref dot, 0);
        var d1 = Vector256.LoadUnsafe(ref dot, 4);
        var d2 = Vector256.LoadUnsafe(ref dot, 8);
        var d3 = Vector256.LoadUnsafe(ref dot, 12);
        var d4 = Vector256.LoadUnsafe(ref dot, 16);
        var d5 = Vector256.LoadUnsafe(ref dot, 20);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        foreach (var index in indices)
        {
            var weight = weights[index];
            if (weight == 0)
            {
                continue;
            }

            if ((uint)index >= (uint)_dimension)
            {
                throw new ArgumentOutOfRangeException(nameof(indices));
            }

            var scale = Vector256.Create(weight * (index < wordTermCount ? wordScale : charScale));
            ref var row = ref Unsafe.Add(ref rows, (nuint)(uint)index * RegisterStride);
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 0));
            d0 += low * scale;
            d1 += high * scale;
            (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 8));
            d2 += low * scale;
            d3 += high * scale;
            (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 16));
            d4 += low * scale;
            d5 += high * scale;
        }

        d0.StoreUnsafe(ref dot, 0);
        d1.StoreUnsafe(ref dot, 4);
        d2.StoreUnsafe(ref dot, 8);
        d3.StoreUnsafe(ref dot, 12);
        d4.StoreUnsafe(ref dot, 16);
        d5.StoreUnsafe(ref dot, 20);
    }
}
