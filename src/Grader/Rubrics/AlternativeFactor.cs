namespace Grader.Rubrics;

/// <summary>A factor other than the one in the question that a balanced answer weighs, and the phrases that name it.</summary>
public sealed record AlternativeFactor(string Id, string Name, IReadOnlyList<string> Terms);
