namespace Grader.Rubrics;

/// <summary>One point of a model answer, in a few sentences.</summary>
public sealed record KeyPoint(string Id, string Text);
