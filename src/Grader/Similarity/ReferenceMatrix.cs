namespace Grader.Similarity;

/// <summary>
/// Reference vectors (key points, the model essay, exemplars) laid out term by term, so that one pass over an
/// essay vector's non-zero terms gives its cosine with every reference at once, instead of one sorted merge per
/// pair. Stored sparse by term (compressed rows: for each term, the references that hold it and their weights), so a
/// term costs only its non-zero entries, and the whole matrix stays small enough to sit in cache. Skipping the zero
/// entries changes no sum (every weight is positive). Immutable and thread-safe.
/// </summary>
internal sealed class ReferenceMatrix
{
    private readonly int[] _rowStarts;
    private readonly int[] _columnOf;
    private readonly float[] _weightOf;
    private readonly double[] _norms;
    private readonly int _columns;

    public ReferenceMatrix(int dimension, IReadOnlyList<SparseVector> references)
    {
        _columns = references.Count;
        _norms = new double[_columns];
        _rowStarts = new int[dimension + 1];
        foreach (var reference in references)
        {
            foreach (var index in reference.Indices)
            {
                _rowStarts[index + 1]++;
            }
        }

        for (var i = 0; i < dimension; i++)
        {
            _rowStarts[i + 1] += _rowStarts[i];
        }

        _columnOf = new int[_rowStarts[dimension]];
        _weightOf = new float[_rowStarts[dimension]];
        var filled = new int[dimension];
        for (var column = 0; column < _columns; column++)
        {
            var reference = references[column];
            _norms[column] = reference.Norm;
            var indices = reference.Indices;
            var values = reference.Values;
            for (var n = 0; n < indices.Length; n++)
            {
                var at = _rowStarts[indices[n]] + filled[indices[n]]++;
                _columnOf[at] = column;
                _weightOf[at] = values[n];
            }
        }
    }

    public int Count => _columns;

    /// <summary>Writes the cosine of <paramref name="vector"/> with each reference into <paramref name="cosines"/> (0 for empty vectors).</summary>
    public void Cosines(SparseVector vector, Span<double> cosines)
    {
        cosines = cosines[.._columns];
        cosines.Clear();
        if (vector.Norm == 0)
        {
            return;
        }

        var indices = vector.Indices;
        var values = vector.Values;
        for (var n = 0; n < indices.Length; n++)
        {
            AddTerm(indices[n], values[n], cosines);
        }

        Finish(cosines, vector.Norm);
    }

    /// <summary>Adds one term of a vector to the running dot products with every reference.</summary>
    public void AddTerm(int index, double value, Span<double> dots)
    {
        var end = _rowStarts[index + 1];
        for (var at = _rowStarts[index]; at < end; at++)
        {
            dots[_columnOf[at]] += _weightOf[at] * value;
        }
    }

    /// <summary>Turns running dot products into cosines, given the norm of the vector they came from.</summary>
    public void Finish(Span<double> dots, double norm)
    {
        for (var column = 0; column < _columns; column++)
        {
            dots[column] = norm == 0 || _norms[column] == 0 ? 0 : Math.Clamp(dots[column] / (norm * _norms[column]), -1, 1);
        }
    }
}
