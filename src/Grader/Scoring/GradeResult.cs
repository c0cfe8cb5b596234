namespace Grader.Scoring;

/// <summary>
/// An essay's grade: status, total out of the rubric's maximum and its band, the mark and reasons for each
/// criterion, flags, the signals behind the marks and key-point coverage, and the passages that earned nothing
/// (<see cref="Unmarked"/>: text addressed to the marker, lists, repeats, templates, copied or off-topic text).
/// <see cref="Error"/> is set (and the marks are zero) only when <see cref="Status"/> is <see cref="GradeStatus.Error"/>.
/// </summary>
public sealed record GradeResult(
    GradeStatus Status,
    int Total,
    int Max,
    string Band,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<GradeFlag> Flags,
    IReadOnlyList<SignalValue> Signals,
    IReadOnlyList<KeyPointCoverage> KeyPoints,
    EssayStatistics Statistics,
    string? Error,
    IReadOnlyList<UnmarkedPassage> Unmarked)
{
    /// <summary>The criterion with <paramref name="id"/>; throws when the rubric has none.</summary>
    public CriterionResult Criterion(string id) =>
        Criteria.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"The rubric has no criterion '{id}'.");

    /// <summary>Whether a flag with <paramref name="code"/> was raised.</summary>
    public bool HasFlag(string code) => Flags.Any(f => f.Code == code);
}
