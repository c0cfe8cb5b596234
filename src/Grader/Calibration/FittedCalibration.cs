namespace Grader.Calibration;

/// <summary>
/// A fitted calibration and its cross-validation: for each script (in sample order) its fold, the out-of-fold
/// predictions of the blend and of each learner, and its out-of-fold mark (cut-points tuned on the other folds).
/// </summary>
internal sealed record FittedCalibration(
    CalibrationModel Model,
    int[] Fold,
    double[] Predictions,
    double[] TreePredictions,
    double[] LinearPredictions,
    int[] CrossValidatedMarks,
    CrossValidationSummary CrossValidation);
