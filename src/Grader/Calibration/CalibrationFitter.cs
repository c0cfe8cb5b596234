using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// Fits a calibration on graded scripts: features (vocabulary and mark-level similarity fitted on the sample), k-fold
/// cross-validation of both learners, the blend weight (lowest out-of-fold RMSE), cut-points tuned for QWK on the
/// out-of-fold predictions, per-fold figures with a bootstrap interval, and the final models trained on every script.
/// </summary>
internal static class CalibrationFitter
{
    private const int MaxBigrams = 20_000;

    public static FittedCalibration Fit(MarkScheme scheme, IReadOnlyList<CalibrationScript> scripts, CalibrationOptions options)
    {
        var rubric = scheme.Rubric;
        var max = rubric.MaxMark;
        var n = scripts.Count;
        var vocabulary = NgramVocabulary.Fit(scripts.Select(s => s.Tokens).ToArray(), MaxBigrams);
        foreach (var script in scripts)
        {
            script.Ngrams = vocabulary.Vectorize(script.Tokens.Tokens);
        }

        var targets = scripts.Select(s => s.Target).ToArray();
        var teacher = scripts.Select(s => s.TeacherMark).ToArray();
        var (centroids, groups) = MarkLevelCentroids.Fit(scripts.Select(s => s.Ngrams).ToArray(), targets, vocabulary.Size);
        var featurizer = new CalibrationFeaturizer(rubric.Criteria.Select(c => c.Id).ToArray(), max, vocabulary, centroids);
        for (var i = 0; i < n; i++)
        {
            scripts[i].Dense = featurizer.Dense(scripts[i].Grade, scripts[i].Tokens, scripts[i].Ngrams, groups[i]);
        }

        var folds = Math.Min(options.Folds, n / 2);
        var fold = FoldAssignment.Assign(targets, folds, options.Seed);
        var treeOof = new double[n];
        var linearOof = new double[n];
        var lineOof = new double[n];
        Parallel.For(0, folds, k =>
        {
            var train = Enumerable.Range(0, n).Where(i => fold[i] != k).ToArray();
            var (trees, linear) = TrainBoth(scripts, train, vocabulary.Size, options.Seed);
            var line = EngineLine.Fit(train.Select(i => scripts[i].Grade.Total).ToArray(), train.Select(i => scripts[i].Target).ToArray());
            for (var i = 0; i < n; i++)
            {
                if (fold[i] == k)
                {
                    treeOof[i] = trees.Predict(scripts[i].Dense.Select(v => (float)v).ToArray());
                    linearOof[i] = linear.Predict(scripts[i].Dense, scripts[i].Ngrams);
                    lineOof[i] = line.Predict(scripts[i].Grade.Total);
                }
            }
        });

        var weights = ChooseWeights(treeOof, linearOof, lineOof, targets);
        var blended = Enumerable.Range(0, n).Select(i => Math.Clamp(weights.Blend(treeOof[i], linearOof[i], lineOof[i]), -0.49, max + 0.49)).ToArray();
        var cutPoints = CutPoints.Tune(blended, teacher, max);

        // Honest per-fold figures: each fold's marks come from cut-points tuned on the other folds' predictions only.
        var crossValidatedMarks = new int[n];
        var foldFigures = new FoldAgreement[folds];
        for (var k = 0; k < folds; k++)
        {
            var others = Enumerable.Range(0, n).Where(i => fold[i] != k).ToArray();
            var cuts = CutPoints.Tune(others.Select(i => blended[i]).ToArray(), others.Select(i => teacher[i]).ToArray(), max);
            var held = Enumerable.Range(0, n).Where(i => fold[i] == k).ToArray();
            foreach (var i in held)
            {
                crossValidatedMarks[i] = cuts.Mark(blended[i]);
            }

            var t = held.Select(i => teacher[i]).ToArray();
            var e = held.Select(i => crossValidatedMarks[i]).ToArray();
            foldFigures[k] = new FoldAgreement(
                k + 1,
                held.Length,
                AgreementStatistics.QuadraticWeightedKappa(t, e, 0, max),
                AgreementStatistics.ExactAgreement(t, e),
                AgreementStatistics.RootMeanSquaredError(t.Select(v => (double)v).ToArray(), e.Select(v => (double)v).ToArray()));
        }

        var foldKappas = foldFigures.Select(f => f.QuadraticWeightedKappa).Where(q => !double.IsNaN(q)).ToArray();
        var (low, high) = BootstrapInterval(teacher, crossValidatedMarks, max, options.BootstrapResamples, options.Seed);
        var summary = new CrossValidationSummary(
            foldFigures,
            foldKappas.Length > 0 ? foldKappas.Average() : double.NaN,
            foldKappas.Length > 1 ? AgreementStatistics.StandardDeviation(foldKappas) : double.NaN,
            low,
            high,
            weights.Trees,
            weights.Ridge,
            weights.Line);

        var (finalTrees, finalLinear) = TrainBoth(scripts, Enumerable.Range(0, n).ToArray(), vocabulary.Size, options.Seed);
        var finalLine = EngineLine.Fit(scripts.Select(s => s.Grade.Total).ToArray(), targets);
        var pooledQwk = AgreementStatistics.QuadraticWeightedKappa(teacher, crossValidatedMarks, 0, max);
        var model = new CalibrationModel(rubric.Id, RubricFingerprint.Of(rubric), rubric.Bands, options.Seed, n, pooledQwk, featurizer, finalTrees, finalLinear, finalLine, weights, cutPoints);
        return new FittedCalibration(model, fold, blended, treeOof, linearOof, crossValidatedMarks, summary);
    }

    private static (TreeEnsembleScorer Trees, LinearScorer Linear) TrainBoth(IReadOnlyList<CalibrationScript> scripts, int[] rows, int vocabularySize, int seed)
    {
        var dense = rows.Select(i => scripts[i].Dense).ToArray();
        var targets = rows.Select(i => scripts[i].Target).ToArray();
        TreeEnsembleScorer? trees = null;
        LinearScorer? linear = null;
        Parallel.Invoke(
            () => trees = CalibrationLearners.TrainTrees(dense, targets, seed),
            () => linear = CalibrationLearners.TrainLinear(dense, rows.Select(i => scripts[i].Ngrams).ToArray(), vocabularySize, targets, seed));
        return (trees!, linear!);
    }

    /// <summary>The blend weights (steps of 0.05, summing to 1) that give the lowest out-of-fold RMSE.</summary>
    private static BlendWeights ChooseWeights(double[] trees, double[] ridge, double[] line, double[] targets)
    {
        var best = new BlendWeights(0, 1, 0);
        var bestError = double.PositiveInfinity;
        for (var t = 0; t <= 20; t++)
        {
            for (var r = 0; r <= 20 - t; r++)
            {
                var weights = new BlendWeights(t / 20.0, r / 20.0, (20 - t - r) / 20.0);
                double error = 0;
                for (var i = 0; i < targets.Length; i++)
                {
                    var d = weights.Blend(trees[i], ridge[i], line[i]) - targets[i];
                    error += d * d;
                }

                if (error < bestError - 1e-9)
                {
                    bestError = error;
                    best = weights;
                }
            }
        }

        return best;
    }

    /// <summary>The 2.5th and 97.5th percentiles of QWK over bootstrap resamples of the (teacher, calibrated) pairs.</summary>
    private static (double Low, double High) BootstrapInterval(int[] teacher, int[] engine, int max, int resamples, int seed)
    {
        if (resamples < 1)
        {
            return (double.NaN, double.NaN);
        }

        var random = new Random(seed);
        var kappas = new List<double>(resamples);
        var t = new int[teacher.Length];
        var e = new int[teacher.Length];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < t.Length; i++)
            {
                var pick = random.Next(t.Length);
                t[i] = teacher[pick];
                e[i] = engine[pick];
            }

            var qwk = AgreementStatistics.QuadraticWeightedKappa(t, e, 0, max);
            if (!double.IsNaN(qwk))
            {
                kappas.Add(qwk);
            }
        }

        if (kappas.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        kappas.Sort();
        return (kappas[(int)Math.Floor(0.025 * (kappas.Count - 1))], kappas[(int)Math.Ceiling(0.975 * (kappas.Count - 1))]);
    }
}
