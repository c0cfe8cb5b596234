namespace Grader.Scoring;

/// <summary>One signal's value (0–1) for an essay, as the checks measured it.</summary>
public sealed record SignalValue(string Name, double Value);
