using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>The unit-length vector of term counts weighted (1 + log tf) × idf, shared by the word and character n-gram features.</summary>
internal static class SublinearTfIdf
{
    /// <summary>Natural logarithms of the small counts most terms have (the same values <see cref="Math.Log(double)"/> gives).</summary>
    private static readonly double[] Logarithms = Enumerable.Range(0, 64).Select(k => Math.Log(k)).ToArray();

    /// <summary>The vector of the terms in <paramref name="counts"/>; terms whose idf is zero are left out.</summary>
    public static SparseVector Vector(TermCounts counts, float[] idf)
    {
        var terms = counts.Touched.ToArray();
        var tallies = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            tallies[i] = counts[terms[i]];
        }

        return Vector(terms, tallies, idf);
    }

    /// <summary>
    /// The vector of distinct <paramref name="terms"/> (in any order) occurring <paramref name="tallies"/> times; terms
    /// whose idf is zero are left out. <paramref name="tallies"/> is overwritten.
    /// </summary>
    public static SparseVector Vector(int[] terms, int[] tallies, float[] idf)
    {
        // Each kept term with its tally in one number (term in the high half), so one primitive sort orders both.
        var packed = new long[terms.Length];
        var kept = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            if (idf[terms[i]] > 0)
            {
                packed[kept++] = ((long)terms[i] << 32) | (uint)tallies[i];
            }
        }

        TermSort.Sort(packed.AsSpan(0, kept));
        var indices = new int[kept];
        for (var k = 0; k < kept; k++)
        {
            indices[k] = (int)(packed[k] >> 32);
            tallies[k] = (int)(uint)packed[k];
        }

        var values = new float[kept];
        double norm = 0;
        for (var k = 0; k < kept; k++)
        {
            var tally = tallies[k];
            var value = (1 + (tally < Logarithms.Length ? Logarithms[tally] : Math.Log(tally))) * idf[indices[k]];
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
