namespace Grader.Similarity;

/// <summary>
/// Reference vectors (key points, the model essay, exemplars) laid out term by term, so that one pass over an
/// essay vector's non-zero terms gives its cosine with every reference at once, instead of one sorted merge per
/// pair. Immutable and thread-safe.
/// </summary>
internal sealed class ReferenceMatrix
{
    private readonly float[] _weights;
    private readonly double[] _norms;
    private readonly int _columns;

    public ReferenceMatrix(int dimension, IReadOnlyList<SparseVector> references)
    {
        _columns = references.Count;
        _weights = new float[(long)dimension * _columns];
        _norms = new double[_columns];
        for (var column = 0; column < _columns; column++)
        {
            var reference = references[column];
            _norms[column] = reference.Norm;
            var indices = reference.Indices;
            var values = reference.Values;
            for (var n = 0; n < indices.Length; n++)
            {
                _weights[(indices[n] * _columns) + column] = values[n];
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
        var row = _weights.AsSpan(index * _columns, _columns);
        for (var column = 0; column < row.Length; column++)
        {
            dots[column] += row[column] * value;
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
