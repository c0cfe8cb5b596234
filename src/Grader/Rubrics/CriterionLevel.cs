namespace Grader.Rubrics;

/// <summary>A level of a criterion: its number, name, mark band and the examiner's descriptor.</summary>
public sealed record CriterionLevel(int Level, string Name, int MinMark, int MaxMark, string Descriptor);
