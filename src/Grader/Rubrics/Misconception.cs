namespace Grader.Rubrics;

/// <summary>
/// A known wrong claim. A sentence makes it when it contains a phrase from every group of <see cref="AllOf"/>, none
/// of <see cref="NoneOf"/>, and (when given) a year within <see cref="WithYearIn"/>.
/// </summary>
public sealed record Misconception(string Id, string Claim, IReadOnlyList<IReadOnlyList<string>> AllOf, IReadOnlyList<string> NoneOf, YearRange? WithYearIn, string Correction);
