using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// Fits a calibration on graded scripts, for the total and for each criterion the teacher marked on enough scripts: features (word and character n-gram vocabularies and mark-level similarity
/// fitted on the sample), k-fold cross-validation of the learners (boosted trees; ridge regression on one Gram matrix,
/// its penalty chosen by the same cross-validation; the line on the engine total), the blend weights (lowest
/// out-of-fold RMSE), cut-points for QWK on the out-of-fold predictions (tuned thresholds or a stretched rounding,
/// whichever marks the held-out folds better), per-fold figures with a bootstrap interval, and the final models
/// trained on every script.
/// </summary>
internal static class CalibrationFitter
{
    private const int MaxBigrams = 20_000;

    /// <summary>
    /// Tuned cut-points (one threshold per mark, each fitted on the scripts around it) are considered only with at least
    /// this many scripts per mark of the scale on average; with fewer, each threshold rests on a handful of scripts and the
    /// two-number stretched rounding is used. (On ASAP with 100 scripts per prompt and fold, where no prompt reaches it,
    /// stretching gave 0.709 mean QWK against 0.706 for the out-of-fold choice; with all training essays both give 0.790:
    /// docs/asap-experiments.md.)
    /// </summary>
    internal const int MinScriptsPerTunedMark = 30;

    /// <summary>
    /// Fits the calibration; <paramref name="fitted"/> is told after each mark (the total, then each calibrated criterion)
    /// how many of how many are fitted, and <paramref name="cancellation"/> stops the work between learners.
    /// </summary>
    public static FittedCalibration Fit(MarkScheme scheme, IReadOnlyList<CalibrationScript> scripts, CalibrationOptions options, Action<int, int>? fitted = null, CancellationToken cancellation = default)
    {
        var parallel = new ParallelOptions { CancellationToken = cancellation };
        var rubric = scheme.Rubric;
        var n = scripts.Count;
        var vocabulary = NgramVocabulary.Fit(scripts.Select(s => s.Tokens).ToArray(), MaxBigrams);
        var characters = CharacterNgrams.Fit(scripts.Select(s => s.Tokens).ToArray());
        Parallel.ForEach(scripts, parallel, script =>
        {
            script.Ngrams = vocabulary.Vectorize(script.Tokens.Tokens);
            script.Characters = characters.Vectorize(script.Text);
        });

        var targets = scripts.Select(s => s.Target).ToArray();
        var (centroids, groups) = MarkLevelCentroids.Fit(scripts.Select(s => s.Ngrams).ToArray(), targets, vocabulary.Size);
        var featurizer = new CalibrationFeaturizer(rubric.Criteria.Select(c => c.Id).ToArray(), rubric.MaxMark, vocabulary, characters, centroids);
        var common = new double[n][];
        Parallel.For(0, n, parallel, i => common[i] = featurizer.Common(scripts[i].Grade, scripts[i].Tokens, trainedOn: true));
        var toCalibrate = rubric.Criteria.Where(c => Enumerable.Range(0, n).Count(i => scripts[i].Marks.Any(m => m.CriterionMarks.ContainsKey(c.Id))) >= TeacherCalibration.MinimumScripts).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var marksToFit = 1 + toCalibrate.Count;
        var total = FitMark(
            featurizer,
            groups,
            scripts,
            common,
            targets,
            scripts.Select(s => s.TeacherMark).ToArray(),
            scripts.Select(s => s.Grade.Total).ToArray(),
            options,
            parallel);
        fitted?.Invoke(1, marksToFit);

        // Each criterion the teacher marked on enough scripts gets its own calibration, on the scripts that have its mark.
        var criteria = new List<CriterionFit>();
        foreach (var criterion in rubric.Criteria)
        {
            var id = criterion.Id;
            var marked = Enumerable.Range(0, n).Where(i => scripts[i].Marks.Any(m => m.CriterionMarks.ContainsKey(id))).ToArray();
            if (marked.Length < TeacherCalibration.MinimumScripts)
            {
                continue;
            }

            var subset = marked.Select(i => scripts[i]).ToArray();
            var criterionTargets = subset.Select(s => s.Marks.Where(m => m.CriterionMarks.ContainsKey(id)).Average(m => (double)m.CriterionMarks[id])).ToArray();
            var (criterionCentroids, criterionGroups) = MarkLevelCentroids.Fit(subset.Select(s => s.Ngrams).ToArray(), criterionTargets, vocabulary.Size);
            var fit = FitMark(
                featurizer.ForMark(criterion.Max, criterionCentroids),
                criterionGroups,
                subset,
                marked.Select(i => common[i]).ToArray(),
                criterionTargets,
                subset.Select(s => s.Marks.First(m => m.CriterionMarks.ContainsKey(id)).CriterionMarks[id]).ToArray(),
                subset.Select(s => s.Grade.Criteria.First(c => c.Id == id).Mark).ToArray(),
                options,
                parallel);
            criteria.Add(new CriterionFit(id, marked, fit));
            fitted?.Invoke(1 + criteria.Count, marksToFit);
        }

        var model = new CalibrationModel(
            rubric.Id,
            RubricFingerprint.Of(rubric),
            rubric.Bands,
            options.Seed,
            n,
            total.PooledQwk,
            total.Scorer,
            criteria.Select(c => new CriterionCalibration(c.CriterionId, c.Fit.Scorer, c.Scripts.Length, c.Fit.PooledQwk)).ToArray());
        return new FittedCalibration(model, total, criteria);
    }

    /// <summary>
    /// Cross-validates and fits the learners for one mark out of <c>featurizer.MaxMark</c>: <paramref name="targets"/>
    /// (the mean of the marks given), <paramref name="teacher"/> (the first marker's, which cut-points and agreement are
    /// measured against) and <paramref name="engine"/> (the engine's own mark, for the line), one per script.
    /// </summary>
    private static MarkFit FitMark(
        CalibrationFeaturizer featurizer,
        int[] groups,
        IReadOnlyList<CalibrationScript> scripts,
        double[][] common,
        double[] targets,
        int[] teacher,
        int[] engine,
        CalibrationOptions options,
        ParallelOptions parallel)
    {
        var max = featurizer.MaxMark;
        var n = scripts.Count;
        var dense = new double[n][];
        for (var i = 0; i < n; i++)
        {
            dense[i] = featurizer.Dense(common[i], scripts[i].Ngrams, groups[i]);
        }

        var folds = Math.Min(options.Folds, n / 2);
        var fold = FoldAssignment.Assign(targets, folds, options.Seed);
        var ridgeInputs = RidgeInputs.Of(dense, scripts.Select(s => s.Ngrams).ToArray(), scripts.Select(s => s.Characters).ToArray());
        var gram = ridgeInputs.Gram();
        var penalties = RidgeInputs.Penalties;
        var treeOof = new double[n];
        var linearPath = penalties.Select(_ => new double[n]).ToArray();
        var lineOof = new double[n];
        Parallel.For(0, folds, parallel, k =>
        {
            var train = Enumerable.Range(0, n).Where(i => fold[i] != k).ToArray();
            var trees = CalibrationLearners.TrainTrees(train.Select(i => dense[i]).ToArray(), train.Select(i => targets[i]).ToArray(), options.Seed);
            var ridges = KernelRidge.FitPath(gram, train, targets, penalties);
            var line = EngineLine.Fit(train.Select(i => engine[i]).ToArray(), train.Select(i => targets[i]).ToArray());
            for (var i = 0; i < n; i++)
            {
                if (fold[i] == k)
                {
                    treeOof[i] = trees.Predict(dense[i].Select(v => (float)v).ToArray());
                    for (var p = 0; p < penalties.Length; p++)
                    {
                        linearPath[p][i] = ridges[p].Predict(gram, i);
                    }

                    lineOof[i] = line.Predict(engine[i]);
                }
            }
        });

        // The ridge penalty with the lowest out-of-fold error (an inner cross-validation on the marked scripts only).
        var penaltyIndex = Enumerable.Range(0, penalties.Length).MinBy(p => SquaredError(linearPath[p], targets));
        var linearOof = linearPath[penaltyIndex];

        var weights = ChooseWeights(treeOof, linearOof, lineOof, targets);
        var blended = Enumerable.Range(0, n).Select(i => Math.Clamp(weights.Blend(treeOof[i], linearOof[i], lineOof[i]), -0.49, max + 0.49)).ToArray();
        // Two ways to turn predictions into marks, each judged honestly (each fold's marks from cut-points fitted on the
        // other folds' predictions only): thresholds tuned one by one, or a stretched rounding (two numbers); the one with
        // the higher out-of-fold QWK is used, and the stretched rounding whenever the sample is too small to tune a
        // threshold per mark (MinScriptsPerTunedMark).
        var stretchedMarks = CrossValidatedMarks(blended, teacher, fold, folds, max, CutPoints.Stretch);
        var tunedMarks = n >= MinScriptsPerTunedMark * (max + 1) ? CrossValidatedMarks(blended, teacher, fold, folds, max, CutPoints.Tune) : null;
        var useStretch = tunedMarks is null
            || AgreementStatistics.QuadraticWeightedKappa(teacher, stretchedMarks, 0, max) > AgreementStatistics.QuadraticWeightedKappa(teacher, tunedMarks, 0, max) + 1e-9;
        var cutPoints = useStretch ? CutPoints.Stretch(blended, teacher, max) : CutPoints.Tune(blended, teacher, max);
        var crossValidatedMarks = useStretch ? stretchedMarks : tunedMarks!;
        var foldFigures = new FoldAgreement[folds];
        for (var k = 0; k < folds; k++)
        {
            var held = Enumerable.Range(0, n).Where(i => fold[i] == k).ToArray();
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

        var all = Enumerable.Range(0, n).ToArray();
        TreeEnsembleScorer? finalTrees = null;
        LinearScorer? finalLinear = null;
        Parallel.Invoke(
            parallel,
            () => finalTrees = CalibrationLearners.TrainTrees(dense, targets, options.Seed),
            () => finalLinear = ridgeInputs.ToLinearScorer(KernelRidge.FitPath(gram, all, targets, penalties[..(penaltyIndex + 1)])[^1], featurizer.Vocabulary.Size));
        var finalLine = EngineLine.Fit(engine, targets);
        var scorer = new CalibrationScorer(featurizer, finalTrees!, finalLinear!, finalLine, weights, cutPoints);
        var pooledQwk = AgreementStatistics.QuadraticWeightedKappa(teacher, crossValidatedMarks, 0, max);
        return new MarkFit(scorer, teacher, fold, blended, treeOof, linearOof, crossValidatedMarks, summary, pooledQwk);
    }

    private static double SquaredError(double[] predictions, double[] targets)
    {
        double sum = 0;
        for (var i = 0; i < targets.Length; i++)
        {
            sum += (predictions[i] - targets[i]) * (predictions[i] - targets[i]);
        }

        return sum;
    }

    /// <summary>Each script's mark from cut-points fitted (by <paramref name="fit"/>) on the other folds' predictions.</summary>
    private static int[] CrossValidatedMarks(double[] predictions, int[] teacher, int[] fold, int folds, int max, Func<IReadOnlyList<double>, IReadOnlyList<int>, int, CutPoints> fit)
    {
        var marks = new int[predictions.Length];
        for (var k = 0; k < folds; k++)
        {
            var others = Enumerable.Range(0, predictions.Length).Where(i => fold[i] != k).ToArray();
            var cuts = fit(others.Select(i => predictions[i]).ToArray(), others.Select(i => teacher[i]).ToArray(), max);
            for (var i = 0; i < predictions.Length; i++)
            {
                if (fold[i] == k)
                {
                    marks[i] = cuts.Mark(predictions[i]);
                }
            }
        }

        return marks;
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
