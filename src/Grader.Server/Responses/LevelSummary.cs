namespace Grader.Server;

/// <summary>A level of a criterion: number, name, marks and the examiner's descriptor.</summary>
internal sealed record LevelSummary(int Level, string Name, int MinMark, int MaxMark, string Descriptor);
