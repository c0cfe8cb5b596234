using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// What scripts at each mark level look like: the scripts are grouped by their teacher mark (one group per mark, or six
/// equal-width groups when the marks span more than eight values), and each group's n-gram vectors are summed. An essay's
/// cosine with each group (the top group being the teacher's best-marked scripts), the cosine-weighted mean mark and the
/// mark of the closest group are features. For a script of the training sample itself its own vector is left out of its
/// group, so the features it trains on are those an unseen script would get.
/// </summary>
internal sealed class MarkLevelCentroids
{
    private readonly float[][] _sums;
    private readonly double[] _squaredNorms;

    public MarkLevelCentroids(IReadOnlyList<double> centres, float[][] sums)
    {
        Centres = centres;
        _sums = sums;
        _squaredNorms = sums.Select(s => s.Sum(v => (double)v * v)).ToArray();
    }

    public IReadOnlyList<double> Centres { get; }

    public IReadOnlyList<float[]> Sums => _sums;

    public int FeatureCount => Centres.Count + 2;

    public IEnumerable<string> FeatureNames =>
        Centres.Select((c, i) => FormattableString.Invariant($"similarity.group{i + 1}")).Concat(["similarity.expected-mark", "similarity.closest-mark"]);

    /// <summary>Groups the scripts by <paramref name="marks"/> and sums their vectors.</summary>
    public static (MarkLevelCentroids Centroids, int[] Groups) Fit(IReadOnlyList<SparseVector> vectors, IReadOnlyList<double> marks, int dimension)
    {
        var low = marks.Min();
        var high = marks.Max();
        var distinct = marks.Select(m => Math.Round(m)).Distinct().Order().ToArray();
        Func<double, int> groupOf;
        int count;
        if (distinct.Length <= 8)
        {
            groupOf = m => Array.IndexOf(distinct, Math.Round(m));
            count = distinct.Length;
        }
        else
        {
            count = 6;
            var width = (high - low) / count;
            groupOf = m => Math.Min(count - 1, (int)((m - low) / width));
        }

        var groups = marks.Select(groupOf).ToArray();
        var used = groups.Distinct().Order().ToArray();
        var sums = used.Select(_ => new float[dimension]).ToArray();
        var centres = new double[used.Length];
        var members = new int[used.Length];
        for (var i = 0; i < vectors.Count; i++)
        {
            var g = Array.IndexOf(used, groups[i]);
            groups[i] = g;
            centres[g] += marks[i];
            members[g]++;
            var indices = vectors[i].Indices;
            var values = vectors[i].Values;
            for (var k = 0; k < indices.Length; k++)
            {
                sums[g][indices[k]] += values[k];
            }
        }

        for (var g = 0; g < centres.Length; g++)
        {
            centres[g] /= members[g];
        }

        return (new MarkLevelCentroids(centres, sums), groups);
    }

    /// <summary>The features of <paramref name="vector"/>; <paramref name="ownGroup"/> is the group it belongs to when it was trained on (−1 otherwise).</summary>
    public void Features(SparseVector vector, int ownGroup, Span<double> destination)
    {
        var selfSquared = vector.Norm * vector.Norm;
        double weighted = 0, weights = 0, best = double.NegativeInfinity, bestCentre = Centres[0];
        for (var g = 0; g < _sums.Length; g++)
        {
            double dot = 0;
            var indices = vector.Indices;
            var values = vector.Values;
            for (var k = 0; k < indices.Length; k++)
            {
                dot += values[k] * (double)_sums[g][indices[k]];
            }

            var squared = _squaredNorms[g];
            if (g == ownGroup)
            {
                squared = squared - (2 * dot) + selfSquared;
                dot -= selfSquared;
            }

            var cosine = squared > 1e-9 && vector.Norm > 0 ? dot / (Math.Sqrt(squared) * vector.Norm) : 0;
            destination[g] = cosine;
            var weight = Math.Max(cosine, 0);
            weighted += weight * Centres[g];
            weights += weight;
            if (cosine > best)
            {
                best = cosine;
                bestCentre = Centres[g];
            }
        }

        destination[_sums.Length] = weights > 0 ? weighted / weights : Centres.Average();
        destination[_sums.Length + 1] = bestCentre;
    }
}
