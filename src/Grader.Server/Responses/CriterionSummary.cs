namespace Grader.Server;

/// <summary>A criterion of a question: its id (as in grades), name, section, maximum mark and levels.</summary>
internal sealed record CriterionSummary(string Id, string Name, string Section, int Max, IReadOnlyList<LevelSummary> Levels);
