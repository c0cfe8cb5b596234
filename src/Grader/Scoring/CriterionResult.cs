namespace Grader.Scoring;

/// <summary>
/// The mark for one criterion: the level reached, its name and descriptor (the best fit), the mark within the band,
/// the 0–1 score the signals gave before banding, and the reasons.
/// </summary>
public sealed record CriterionResult(
    string Id,
    string Name,
    int Level,
    string LevelName,
    int Mark,
    int Max,
    string Descriptor,
    double Score,
    IReadOnlyList<MarkReason> Reasons);
