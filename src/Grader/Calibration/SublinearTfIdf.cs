using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>The unit-length vector of term counts weighted (1 + log tf) × idf, shared by the word and character n-gram features.</summary>
internal static class SublinearTfIdf
{
    /// <summary>Terms whose idf is zero are left out.</summary>
    public static SparseVector Vector(Dictionary<int, int> counts, IReadOnlyList<float> idf)
    {
        var indices = counts.Keys.Where(term => idf[term] > 0).Order().ToArray();
        var values = new float[indices.Length];
        double norm = 0;
        for (var k = 0; k < indices.Length; k++)
        {
            var value = (1 + Math.Log(counts[indices[k]])) * idf[indices[k]];
            values[k] = (float)value;
            norm += value * value;
        }

        if (norm > 0)
        {
            var scale = 1 / Math.Sqrt(norm);
            for (var k = 0; k < values.Length; k++)
            {
                values[k] = (float)(values[k] * scale);
            }
        }

        return SparseVector.FromSorted(indices, values);
    }
}
