namespace Grader.Calibration;

/// <summary>The calibration of one criterion's mark, learned from the teacher's marks for it.</summary>
internal sealed record CriterionCalibration(string CriterionId, CalibrationScorer Scorer, int TrainedOn, double CrossValidatedQwk);
