using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Grader.Similarity;

/// <summary>
/// Reference vectors (key points, or the model essay and exemplars) laid out term by term, so that one pass over an
/// essay vector's non-zero terms gives its cosine with every reference at once, instead of one sorted merge per
/// pair. Only the terms some reference holds have a row: each such term has a row of <see cref="Stride"/> weights (one
/// per reference, zero where the reference lacks the term, padded to whole SIMD vectors), so adding a term to the
/// running dot products is a few vector multiply-adds with no scattered reads, and a term no reference holds is
/// skipped. Each dot product still receives the same products in the same order as a term-by-term sum (a zero adds
/// exactly nothing, every weight being non-negative), so the cosines are bit for bit those of the sparse sums.
/// The register path uses the portable <see cref="Vector256"/> API and is taken only where
/// <see cref="Vector256.IsHardwareAccelerated"/> (x64 with AVX); elsewhere (no AVX, ARM64, hardware intrinsics off) the
/// row-by-row path runs. Both add the same products in the same order, so their cosines are bit-identical.
/// Immutable and thread-safe.
/// </summary>
internal sealed class ReferenceMatrix
{
    /// <summary>Up to this many references, the running dot products stay in registers (<see cref="AddTermsInRegisters"/>).</summary>
    private const int RegisterStride = 24;

    /// <summary>The references one register of running dot products holds (four floats of a row, widened to four doubles).</summary>
    private const int RegisterBlock = 4;

    /// <summary>Where each term's row starts in <see cref="_rows"/>, or -1 when no reference holds the term.</summary>
    private readonly int[] _rowStart;
    private readonly float[] _rows;
    private readonly double[] _norms;
    private readonly int _columns;

    private readonly bool _inRegisters;

    public ReferenceMatrix(int dimension, IReadOnlyList<SparseVector> references)
        : this(dimension, references, Vector256.IsHardwareAccelerated)
    {
    }

    /// <param name="dimension">The vectors' dimension.</param>
    /// <param name="references">The reference vectors, one per column.</param>
    /// <param name="allowRegisterPath">
    /// Whether <see cref="AddTerms"/> may keep the running sums in 256-bit registers. Only tests pass false on a machine
    /// with AVX, to run the portable path there too.
    /// </param>
    internal ReferenceMatrix(int dimension, IReadOnlyList<SparseVector> references, bool allowRegisterPath)
    {
        ArgumentNullException.ThrowIfNull(references);
        _columns = references.Count;
        var width = Vector<float>.Count;
        _inRegisters = _columns <= RegisterStride && allowRegisterPath && Vector256.IsHardwareAccelerated;
        Stride = _inRegisters
            ? Math.Max(1, (_columns + RegisterBlock - 1) / RegisterBlock) * RegisterBlock
            : Math.Max(width, (_columns + width - 1) / width * width);
        _norms = new double[_columns];
        _rowStart = new int[dimension];
        _rowStart.AsSpan().Fill(-1);
        var rowCount = 0;
        foreach (var reference in references)
        {
            foreach (var index in reference.Indices)
            {
                if (_rowStart[index] < 0)
                {
                    _rowStart[index] = rowCount++ * Stride;
                }
            }
        }

        _rows = new float[rowCount * Stride];
        for (var column = 0; column < _columns; column++)
        {
            var reference = references[column];
            _norms[column] = reference.Norm;
            var indices = reference.Indices;
            var values = reference.Values;
            for (var n = 0; n < indices.Length; n++)
            {
                _rows[_rowStart[indices[n]] + column] = values[n];
            }
        }
    }

    /// <summary>The number of references (columns).</summary>
    public int Count => _columns;

    /// <summary>The length of the running dot products: <see cref="Count"/> padded to whole SIMD vectors.</summary>
    public int Stride { get; }

    /// <summary>Whether <see cref="AddTerms"/> keeps the running sums in 256-bit registers (x64 with AVX only).</summary>
    internal bool InRegisters => _inRegisters;

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
            var start = _rowStart[indices[n]];
            if (start >= 0)
            {
                AddRow(start, values[n], dots);
            }
        }

        Finish(dots, vector.Norm, cosines);
    }

    /// <summary>
    /// Adds to the running dot products (<see cref="Stride"/> of them, in <paramref name="dots"/>) the terms at
    /// <paramref name="indices"/>, in that order, each weighted <c>weights[index]</c> times <paramref name="wordScale"/>
    /// below <paramref name="wordTermCount"/> and <paramref name="charScale"/> from there on. Zero weights and terms no
    /// reference holds are skipped.
    /// </summary>
    public void AddTerms(ReadOnlySpan<int> indices, ReadOnlySpan<float> weights, int wordTermCount, double wordScale, double charScale, Span<double> dots)
    {
        if (_inRegisters)
        {
            AddTermsInRegisters(indices, weights, wordTermCount, wordScale, charScale, dots);
            return;
        }

        foreach (var index in indices)
        {
            var start = _rowStart[index];
            var weight = weights[index];
            if (start >= 0 && weight != 0)
            {
                AddRow(start, weight * (index < wordTermCount ? wordScale : charScale), dots);
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

    /// <summary>Adds one term's row, times <paramref name="value"/>, to the running dot products (<see cref="Stride"/> of them).</summary>
    private void AddRow(int start, double value, Span<double> dots)
    {
        if (dots.Length < Stride)
        {
            throw new ArgumentException("The running dot products are shorter than a row.", nameof(dots));
        }

        var row = _rows.AsSpan(start, Stride);
        var vectors = Stride / Vector<float>.Count;
        ref var rowVector = ref Unsafe.As<float, Vector<float>>(ref MemoryMarshal.GetReference(row));
        ref var dot = ref Unsafe.As<double, Vector<double>>(ref MemoryMarshal.GetReference(dots));
        var scale = new Vector<double>(value);
        for (var v = 0; v < vectors; v++)
        {
            Vector.Widen(Unsafe.Add(ref rowVector, v), out var low, out var high);
            Unsafe.Add(ref dot, 2 * v) += low * scale;
            Unsafe.Add(ref dot, (2 * v) + 1) += high * scale;
        }

        for (var column = vectors * Vector<float>.Count; column < Stride; column++)
        {
            dots[column] += row[column] * value;
        }
    }

    /// <summary>
    /// <see cref="AddTerms"/> for rows of up to <see cref="RegisterStride"/>: the running sums live in registers (one
    /// per block of <see cref="RegisterBlock"/> references, up to six) for the whole pass instead of being loaded and
    /// stored for every term, and only the blocks the references fill are added.
    /// </summary>
    private void AddTermsInRegisters(ReadOnlySpan<int> indices, ReadOnlySpan<float> weights, int wordTermCount, double wordScale, double charScale, Span<double> dots)
    {
        if (dots.Length < Stride)
        {
            throw new ArgumentException("The running dot products are shorter than a row.", nameof(dots));
        }

        var blocks = Stride / RegisterBlock;
        ref var dot = ref MemoryMarshal.GetReference(dots);
        var d0 = Vector256.LoadUnsafe(ref dot, 0);
        var d1 = blocks > 1 ? Vector256.LoadUnsafe(ref dot, 4) : default;
        var d2 = blocks > 2 ? Vector256.LoadUnsafe(ref dot, 8) : default;
        var d3 = blocks > 3 ? Vector256.LoadUnsafe(ref dot, 12) : default;
        var d4 = blocks > 4 ? Vector256.LoadUnsafe(ref dot, 16) : default;
        var d5 = blocks > 5 ? Vector256.LoadUnsafe(ref dot, 20) : default;
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var rowStart = _rowStart;

        // The two family scales by "is a character n-gram", so choosing one is a load rather than a hard-to-predict branch.
        Span<double> familyScales = [wordScale, charScale];
        foreach (var index in indices)
        {
            var start = rowStart[index];
            if (start < 0)
            {
                continue;
            }

            var weight = weights[index];
            if (weight == 0)
            {
                continue;
            }

            var scale = Vector256.Create(weight * familyScales[index >= wordTermCount ? 1 : 0]);
            ref var row = ref Unsafe.Add(ref rows, (nuint)(uint)start);
            d0 += Widen(ref row, 0) * scale;
            if (blocks > 1)
            {
                d1 += Widen(ref row, 4) * scale;
                if (blocks > 2)
                {
                    d2 += Widen(ref row, 8) * scale;
                    if (blocks > 3)
                    {
                        d3 += Widen(ref row, 12) * scale;
                        if (blocks > 4)
                        {
                            d4 += Widen(ref row, 16) * scale;
                            if (blocks > 5)
                            {
                                d5 += Widen(ref row, 20) * scale;
                            }
                        }
                    }
                }
            }
        }

        d0.StoreUnsafe(ref dot, 0);
        if (blocks > 1)
        {
            d1.StoreUnsafe(ref dot, 4);
        }

        if (blocks > 2)
        {
            d2.StoreUnsafe(ref dot, 8);
        }

        if (blocks > 3)
        {
            d3.StoreUnsafe(ref dot, 12);
        }

        if (blocks > 4)
        {
            d4.StoreUnsafe(ref dot, 16);
        }

        if (blocks > 5)
        {
            d5.StoreUnsafe(ref dot, 20);
        }
    }

    /// <summary>Four floats of a row from <paramref name="offset"/>, widened exactly to four doubles (one vcvtps2pd with AVX).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Widen(ref float row, nuint offset) =>
        Vector256.WidenLower(Vector128.LoadUnsafe(ref row, offset).ToVector256Unsafe());
}
