namespace Grader.Rubrics;

/// <summary>How much one signal (a 0–1 measure from a check) counts towards a criterion.</summary>
public sealed record SignalWeight(string Signal, double Weight);
