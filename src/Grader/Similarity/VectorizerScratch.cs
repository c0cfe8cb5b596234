namespace Grader.Similarity;

/// <summary>
/// Per-thread scratch of <see cref="SimilarityVectorizer"/>: a dense count per vector index (kept all zero between
/// calls) and the list of indices touched by the current text. Reused across calls and models on one thread, so
/// vectorising allocates only its result.
/// </summary>
internal sealed class VectorizerScratch
{
    [ThreadStatic]
    private static VectorizerScratch? s_current;

    [ThreadStatic]
    private static VectorizerScratch? s_totals;

    private float[] _counts = [];
    private int[] _touched = new int[256];
    private int _touchedCount;
    private int _wordTermCount;
    private int _families;
    private double _wordScale;
    private double _charScale;

    /// <summary>The scratch of the calling thread, with room for <paramref name="dimension"/> indices, all counts zero.</summary>
    public static VectorizerScratch ForCurrentThread(int dimension)
    {
        var scratch = s_current ??= new VectorizerScratch();
        if (scratch._counts.Length < dimension)
        {
            scratch._counts = new float[dimension];
        }

        scratch._touchedCount = 0;
        return scratch;
    }

    /// <summary>A second scratch of the calling thread, for totals kept while <see cref="ForCurrentThread"/> counts parts.</summary>
    public static VectorizerScratch TotalsForCurrentThread(int dimension)
    {
        var scratch = s_totals ??= new VectorizerScratch();
        if (scratch._counts.Length < dimension)
        {
            scratch._counts = new float[dimension];
        }

        scratch._touchedCount = 0;
        return scratch;
    }

    /// <summary>Counts one occurrence of the term at <paramref name="index"/>.</summary>
    public void Add(int index)
    {
        if (_counts[index]++ == 0)
        {
            if (_touchedCount == _touched.Length)
            {
                Array.Resize(ref _touched, _touched.Length * 2);
            }

            _touched[_touchedCount++] = index;
        }
    }

    /// <summary>Counts one occurrence of each term in <paramref name="indices"/>.</summary>
    public void AddAll(int[] indices)
    {
        foreach (var index in indices)
        {
            Add(index);
        }
    }

    /// <summary>
    /// Adds the counts so far into <paramref name="totals"/>, term by term in the order they were first counted, so
    /// totals see their terms in the same order as if every occurrence had been counted into them directly.
    /// </summary>
    public void AddCountsTo(VectorizerScratch totals)
    {
        foreach (var index in _touched.AsSpan(0, _touchedCount))
        {
            var count = _counts[index];
            if (totals._counts[index] == 0)
            {
                if (totals._touchedCount == totals._touched.Length)
                {
                    Array.Resize(ref totals._touched, totals._touched.Length * 2);
                }

                totals._touched[totals._touchedCount++] = index;
            }

            totals._counts[index] += count;
        }
    }

    /// <summary>
    /// Turns the counts into the model's vector and resets the scratch: term frequency × IDF, each family (indices
    /// below <paramref name="wordTermCount"/>, and the rest) scaled to unit length, then the whole scaled to unit
    /// length, which is what ML.NET's <c>NormalizeLpNorm</c> → <c>Concatenate</c> → <c>NormalizeLpNorm</c> does.
    /// Terms whose weight is zero are left out.
    /// </summary>
    public SparseVector ToVector(float[] idf, int wordTermCount)
    {
        var touched = _touched.AsSpan(0, _touchedCount);
        touched.Sort();
        var counts = _counts;
        double wordSquares = 0;
        double charSquares = 0;
        var nonZero = 0;
        foreach (var index in touched)
        {
            var weight = counts[index] * idf[index];
            counts[index] = weight;
            if (weight != 0)
            {
                nonZero++;
                if (index < wordTermCount)
                {
                    wordSquares += (double)weight * weight;
                }
                else
                {
                    charSquares += (double)weight * weight;
                }
            }
        }

        if (nonZero == 0)
        {
            Clear(touched);
            return SparseVector.Empty;
        }

        var families = (wordSquares > 0 ? 1 : 0) + (charSquares > 0 ? 1 : 0);
        var joinedScale = 1 / Math.Sqrt(families);
        var wordScale = wordSquares > 0 ? joinedScale / Math.Sqrt(wordSquares) : 0;
        var charScale = charSquares > 0 ? joinedScale / Math.Sqrt(charSquares) : 0;
        var indices = new int[nonZero];
        var values = new float[nonZero];
        var n = 0;
        foreach (var index in touched)
        {
            var weight = counts[index];
            counts[index] = 0;
            if (weight != 0)
            {
                indices[n] = index;
                values[n] = (float)(weight * (index < wordTermCount ? wordScale : charScale));
                n++;
            }
        }

        _touchedCount = 0;
        return SparseVector.FromTrusted(indices, values);
    }

    /// <summary>
    /// Weighs the counted terms as <see cref="ToVector"/> weighs them (term frequency × IDF, in place) and keeps the
    /// scale of each family, so that <see cref="Cosines"/> can score the text against any number of reference matrices
    /// without building its vector. <see cref="Reset"/> empties the scratch afterwards.
    /// </summary>
    public void Weigh(float[] idf, int wordTermCount)
    {
        var touched = _touched.AsSpan(0, _touchedCount);
        var counts = _counts;
        double wordSquares = 0;
        double charSquares = 0;
        foreach (var index in touched)
        {
            var weight = counts[index] * idf[index];
            counts[index] = weight;
            if (index < wordTermCount)
            {
                wordSquares += (double)weight * weight;
            }
            else
            {
                charSquares += (double)weight * weight;
            }
        }

        _wordTermCount = wordTermCount;
        _families = (wordSquares > 0 ? 1 : 0) + (charSquares > 0 ? 1 : 0);
        var joinedScale = _families > 0 ? 1 / Math.Sqrt(_families) : 0;
        _wordScale = wordSquares > 0 ? joinedScale / Math.Sqrt(wordSquares) : 0;
        _charScale = charSquares > 0 ? joinedScale / Math.Sqrt(charSquares) : 0;
    }

    /// <summary>Writes the cosines of the text weighed by <see cref="Weigh"/> with every reference of <paramref name="references"/> into <paramref name="cosines"/>.</summary>
    public void Cosines(ReferenceMatrix references, Span<double> cosines)
    {
        Span<double> dots = references.Stride <= 256 ? stackalloc double[references.Stride] : new double[references.Stride];
        dots.Clear();
        if (_families > 0)
        {
            references.AddTerms(_touched.AsSpan(0, _touchedCount), _counts, _wordTermCount, _wordScale, _charScale, dots);
        }

        references.Finish(dots, _families > 0 ? 1 : 0, cosines[..references.Count]);
    }

    /// <summary>Empties the scratch after <see cref="Weigh"/>: every count back to zero, no term touched.</summary>
    public void Reset() => Clear(_touched.AsSpan(0, _touchedCount));

    private void Clear(Span<int> touched)
    {
        foreach (var index in touched)
        {
            _counts[index] = 0;
        }

        _touchedCount = 0;
    }
}
