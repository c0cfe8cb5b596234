namespace Grader.Calibration;

/// <summary>
/// The agreement statistics RSMTool reports, computed on paired integer marks (teacher, engine) on one scale
/// <c>min..max</c>. Undefined values (a constant series, no pairs) are <see cref="double.NaN"/>.
/// </summary>
internal static class AgreementStatistics
{
    /// <summary>Quadratic weighted kappa: 1 − Σ w·O / Σ w·E with w = (i − j)² / (K − 1)² and E from the marginals.</summary>
    public static double QuadraticWeightedKappa(IReadOnlyList<int> teacher, IReadOnlyList<int> engine, int min, int max) =>
        WeightedKappa(Confusion(teacher, engine, min, max), quadratic: true);

    /// <summary>Cohen's (unweighted) kappa: (p_o − p_e) / (1 − p_e).</summary>
    public static double CohenKappa(IReadOnlyList<int> teacher, IReadOnlyList<int> engine, int min, int max) =>
        WeightedKappa(Confusion(teacher, engine, min, max), quadratic: false);

    /// <summary>Kappa of a confusion matrix (rows teacher, columns engine), quadratic weights or exact agreement only.</summary>
    public static double WeightedKappa(int[,] counts, bool quadratic)
    {
        var size = counts.GetLength(0);
        var rows = new double[size];
        var columns = new double[size];
        double total = 0;
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                rows[i] += counts[i, j];
                columns[j] += counts[i, j];
                total += counts[i, j];
            }
        }

        if (total == 0)
        {
            return double.NaN;
        }

        double observed = 0, expected = 0;
        var scale = size > 1 ? (size - 1) * (double)(size - 1) : 1;
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                var weight = quadratic ? (i - j) * (double)(i - j) / scale : (i == j ? 0 : 1);
                observed += weight * counts[i, j] / total;
                expected += weight * rows[i] * columns[j] / (total * total);
            }
        }

        if (expected == 0)
        {
            // Both series constant: perfect when they agree, undefined otherwise.
            return observed == 0 ? 1 : double.NaN;
        }

        return 1 - (observed / expected);
    }

    public static int[,] Confusion(IReadOnlyList<int> teacher, IReadOnlyList<int> engine, int min, int max)
    {
        CheckPaired(teacher, engine);
        var size = max - min + 1;
        var counts = new int[size, size];
        for (var i = 0; i < teacher.Count; i++)
        {
            counts[Math.Clamp(teacher[i], min, max) - min, Math.Clamp(engine[i], min, max) - min]++;
        }

        return counts;
    }

    /// <summary>Share of pairs that agree exactly.</summary>
    public static double ExactAgreement(IReadOnlyList<int> teacher, IReadOnlyList<int> engine) => ShareWithin(teacher, engine, 0);

    /// <summary>Share of pairs within one mark of each other.</summary>
    public static double AdjacentAgreement(IReadOnlyList<int> teacher, IReadOnlyList<int> engine) => ShareWithin(teacher, engine, 1);

    private static double ShareWithin(IReadOnlyList<int> teacher, IReadOnlyList<int> engine, int distance)
    {
        CheckPaired(teacher, engine);
        if (teacher.Count == 0)
        {
            return double.NaN;
        }

        var within = 0;
        for (var i = 0; i < teacher.Count; i++)
        {
            if (Math.Abs(teacher[i] - engine[i]) <= distance)
            {
                within++;
            }
        }

        return within / (double)teacher.Count;
    }

    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException("The two series must have the same length.", nameof(y));
        }

        if (x.Count < 2)
        {
            return double.NaN;
        }

        var meanX = Mean(x);
        var meanY = Mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Spearman's rho: Pearson's r of the ranks, tied values sharing the mean of their ranks.</summary>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y) => Pearson(Ranks(x), Ranks(y));

    /// <summary>1-based ranks, ties given the average of the ranks they span.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    public static double RootMeanSquaredError(IReadOnlyList<double> teacher, IReadOnlyList<double> engine)
    {
        if (teacher.Count == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (var i = 0; i < teacher.Count; i++)
        {
            var d = engine[i] - teacher[i];
            sum += d * d;
        }

        return Math.Sqrt(sum / teacher.Count);
    }

    /// <summary>
    /// Standardised mean difference as RSMTool reports it: (mean engine − mean teacher) ÷ pooled SD, the pooled SD being
    /// √((SD_teacher² + SD_engine²) / 2) with sample SDs (n − 1). Positive: the engine is more lenient.
    /// </summary>
    public static double StandardisedMeanDifference(IReadOnlyList<double> teacher, IReadOnlyList<double> engine)
    {
        var pooled = Math.Sqrt((Variance(teacher) + Variance(engine)) / 2);
        return pooled == 0 || double.IsNaN(pooled) ? (Mean(engine) == Mean(teacher) ? 0 : double.NaN) : (Mean(engine) - Mean(teacher)) / pooled;
    }

    public static double Mean(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Count;
    }

    /// <summary>Sample variance (n − 1).</summary>
    public static double Variance(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return double.NaN;
        }

        var mean = Mean(values);
        double sum = 0;
        foreach (var value in values)
        {
            sum += (value - mean) * (value - mean);
        }

        return sum / (values.Count - 1);
    }

    public static double StandardDeviation(IReadOnlyList<double> values) => Math.Sqrt(Variance(values));

    private static void CheckPaired(IReadOnlyList<int> teacher, IReadOnlyList<int> engine)
    {
        if (teacher.Count != engine.Count)
        {
            throw new ArgumentException("The teacher and engine marks must be paired (same length).", nameof(engine));
        }
    }
}
