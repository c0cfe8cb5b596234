namespace Grader.Scoring;

/// <summary>A passage of the essay that a reason or flag rests on: its character span and its text.</summary>
public sealed record Quote(int Start, int Length, string Text);
