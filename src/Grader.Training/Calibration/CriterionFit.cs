namespace Grader.Calibration;

/// <summary>The calibration fitted for one criterion, on the scripts (indices into the sample) that have the teacher's mark for it.</summary>
internal sealed record CriterionFit(string CriterionId, int[] Scripts, MarkFit Fit);
