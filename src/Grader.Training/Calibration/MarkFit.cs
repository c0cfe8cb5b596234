namespace Grader.Calibration;

/// <summary>
/// The learners fitted for one mark and their cross-validation: for each script (in sample order) the teacher's mark,
/// its fold, the out-of-fold predictions of the blend and of each learner, and its out-of-fold mark (cut-points tuned on
/// the other folds); the fold figures and the pooled out-of-fold QWK.
/// </summary>
internal sealed record MarkFit(
    CalibrationScorer Scorer,
    int[] Teacher,
    int[] Fold,
    double[] Predictions,
    double[] TreePredictions,
    double[] LinearPredictions,
    int[] CrossValidatedMarks,
    CrossValidationSummary CrossValidation,
    double PooledQwk);
