namespace Grader.Scoring;

/// <summary>How well the essay covers one key point of the model answer (0–1), and the passage that covers it best.</summary>
public sealed record KeyPointCoverage(string Id, double Coverage, Quote? BestMatch);
