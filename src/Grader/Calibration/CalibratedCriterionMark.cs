namespace Grader.Calibration;

/// <summary>A criterion's mark under a calibration trained on the teacher's marks for that criterion, beside the engine's own mark for it.</summary>
public sealed record CalibratedCriterionMark(string CriterionId, int Mark, double Prediction, int EngineMark);
