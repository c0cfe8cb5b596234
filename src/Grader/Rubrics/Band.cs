namespace Grader.Rubrics;

/// <summary>An overall band: the name given to totals from <see cref="MinMark"/> up to the next band.</summary>
/// <param name="Name">The band's name (for example "Excellent").</param>
/// <param name="MinMark">The lowest total in the band.</param>
public sealed record Band(string Name, int MinMark);
