namespace Grader.Calibration;

/// <summary>The engine's (uncalibrated) marks for one criterion against the teacher's marks for it.</summary>
public sealed record CriterionAgreement(string CriterionId, string Name, int Max, Agreement Agreement);
