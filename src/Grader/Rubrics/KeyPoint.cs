namespace Grader.Rubrics;

/// <summary>One point of a model answer, in a few sentences.</summary>
/// <param name="Id">The key point's id (unique in the answer key).</param>
/// <param name="Text">The point, in a sentence or two.</param>
public sealed record KeyPoint(string Id, string Text);
