namespace Grader.Rubrics;

/// <summary>An overall band: the name given to totals from <see cref="MinMark"/> up to the next band.</summary>
public sealed record Band(string Name, int MinMark);
