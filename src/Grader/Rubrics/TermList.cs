namespace Grader.Rubrics;

/// <summary>A named idea and the words or phrases that show an essay is talking about it.</summary>
public sealed record TermList(string Name, IReadOnlyList<string> Terms);
