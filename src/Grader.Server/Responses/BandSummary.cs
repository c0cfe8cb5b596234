namespace Grader.Server;

/// <summary>An overall band: its name and the lowest total in it.</summary>
internal sealed record BandSummary(string Name, int MinMark);
