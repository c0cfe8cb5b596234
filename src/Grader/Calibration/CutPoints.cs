namespace Grader.Calibration;

/// <summary>
/// Thresholds that turn a continuous predicted mark into a whole mark 0..max: the mark is the number of thresholds at
/// or below the prediction. They start half-way between marks and are tuned, one at a time, to the value that gives the
/// highest quadratic weighted kappa with the teacher's marks (a coordinate search over out-of-fold predictions).
/// </summary>
internal sealed class CutPoints
{
    private const int Passes = 3;
    private const int Steps = 24;

    public CutPoints(double[] thresholds)
    {
        Thresholds = thresholds;
    }

    public double[] Thresholds { get; }

    public int Max => Thresholds.Length;

    public static CutPoints Midpoints(int max) => new(Enumerable.Range(1, max).Select(k => k - 0.5).ToArray());

    public int Mark(double prediction)
    {
        var mark = 0;
        while (mark < Thresholds.Length && prediction >= Thresholds[mark])
        {
            mark++;
        }

        return mark;
    }

    public int[] Marks(IReadOnlyList<double> predictions) => predictions.Select(Mark).ToArray();

    /// <summary>
    /// Tunes the thresholds for the highest QWK of the marks they give <paramref name="predictions"/> against
    /// <paramref name="teacher"/>. Only thresholds between the lowest and highest teacher mark move; each stays between
    /// its neighbours, and a move is kept only when it raises QWK.
    /// </summary>
    public static CutPoints Tune(IReadOnlyList<double> predictions, IReadOnlyList<int> teacher, int max)
    {
        var thresholds = Midpoints(max).Thresholds;
        if (predictions.Count < 4 || max < 2)
        {
            return new CutPoints(thresholds);
        }

        var low = teacher.Min();
        var high = teacher.Max();
        var marks = new int[predictions.Count];
        var best = Score(thresholds, predictions, teacher, max, marks);
        for (var pass = 0; pass < Passes; pass++)
        {
            var improved = false;
            for (var k = low; k < high; k++)
            {
                var lower = k == 0 ? thresholds[k] - 1 : thresholds[k - 1];
                var upper = k + 1 < thresholds.Length ? thresholds[k + 1] : thresholds[k] + 1;
                var current = thresholds[k];
                var bestValue = current;
                for (var step = 1; step < Steps; step++)
                {
                    var candidate = lower + ((upper - lower) * step / Steps);
                    thresholds[k] = candidate;
                    var score = Score(thresholds, predictions, teacher, max, marks);
                    if (score > best + 1e-12 || (Math.Abs(score - best) <= 1e-12 && Math.Abs(candidate - current) < Math.Abs(bestValue - current)))
                    {
                        improved |= score > best + 1e-12;
                        best = Math.Max(best, score);
                        bestValue = candidate;
                    }
                }

                thresholds[k] = bestValue;
            }

            if (!improved)
            {
                break;
            }
        }

        return new CutPoints(thresholds);
    }

    /// <summary>
    /// The cut-points of a stretched rounding: the prediction is stretched about the mean teacher mark by a factor
    /// (0.9 to 1.6) and shifted (by up to a tenth of the scale), then rounded to the nearest mark; the factor and shift
    /// with the highest QWK against <paramref name="teacher"/> are kept. Two numbers instead of one threshold per mark,
    /// so it overfits less than <see cref="Tune"/> on wide scales.
    /// </summary>
    public static CutPoints Stretch(IReadOnlyList<double> predictions, IReadOnlyList<int> teacher, int max)
    {
        if (predictions.Count < 4 || max < 2)
        {
            return Midpoints(max);
        }

        var centre = teacher.Average();
        var marks = new int[predictions.Count];
        var best = Midpoints(max).Thresholds;
        var bestScore = Score(best, predictions, teacher, max, marks);
        var shiftRange = 0.5 + (0.1 * max);
        for (var f = 0; f <= 28; f++)
        {
            var factor = 0.9 + (0.025 * f);
            for (var s = -10; s <= 10; s++)
            {
                var shift = shiftRange * s / 10;
                var thresholds = Enumerable.Range(1, max).Select(k => centre + ((k - 0.5 - shift - centre) / factor)).ToArray();
                var score = Score(thresholds, predictions, teacher, max, marks);
                if (score > bestScore + 1e-12)
                {
                    bestScore = score;
                    best = thresholds;
                }
            }
        }

        return new CutPoints(best);
    }

    private static double Score(double[] thresholds, IReadOnlyList<double> predictions, IReadOnlyList<int> teacher, int max, int[] marks)
    {
        var cuts = new CutPoints(thresholds);
        for (var i = 0; i < marks.Length; i++)
        {
            marks[i] = cuts.Mark(predictions[i]);
        }

        var qwk = AgreementStatistics.QuadraticWeightedKappa(teacher, marks, 0, max);
        return double.IsNaN(qwk) ? -1 : qwk;
    }
}
