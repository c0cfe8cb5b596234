namespace Grader.Rubrics;

/// <summary>A named person, organisation, treaty, policy, place or event, with the spellings students use.</summary>
public sealed record GazetteerEntry(string Name, string Kind, IReadOnlyList<string> Variants);
