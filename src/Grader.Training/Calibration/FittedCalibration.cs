namespace Grader.Calibration;

/// <summary>A fitted calibration with the cross-validation of its total and of each criterion it learned.</summary>
internal sealed record FittedCalibration(CalibrationModel Model, MarkFit Total, IReadOnlyList<CriterionFit> Criteria);
