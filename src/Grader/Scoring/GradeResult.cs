using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Grader.Collections;
using Grader.Reporting;

namespace Grader.Scoring;

/// <summary>
/// An essay's grade: status, total out of the rubric's maximum and its band, the mark and reasons for each
/// criterion, flags, the signals behind the marks and key-point coverage, and the passages that earned nothing
/// (<see cref="Unmarked"/>: text addressed to the marker, lists, repeats, templates, copied or off-topic text).
/// <see cref="Error"/> is set (and the marks are zero) only when <see cref="Status"/> is <see cref="GradeStatus.Error"/>. Immutable, with value equality (lists
/// compare item by item). Serialized with System.Text.Json it gives the same JSON as <see cref="GradeJsonWriter"/>.
/// </summary>
[JsonConverter(typeof(GradeResultJsonConverter))]
public sealed record GradeResult
{
    /// <summary>An empty grade, to be filled with an object initializer (every required member set).</summary>
    public GradeResult()
    {
    }

    [SetsRequiredMembers]
    internal GradeResult(
        GradeStatus status,
        int total,
        int max,
        string band,
        IReadOnlyList<CriterionResult> criteria,
        IReadOnlyList<GradeFlag> flags,
        IReadOnlyList<SignalValue> signals,
        IReadOnlyList<KeyPointCoverage> keyPoints,
        EssayStatistics statistics,
        string? error,
        IReadOnlyList<UnmarkedPassage>? unmarked = null)
    {
        Status = status;
        Total = total;
        Max = max;
        Band = band;
        Criteria = criteria;
        Flags = flags;
        Signals = signals;
        KeyPoints = keyPoints;
        Statistics = statistics;
        Error = error;
        Unmarked = unmarked ?? [];
    }

    /// <summary>Ok, Review (an advisory flag was raised: a person should look) or Error (not marked; see <see cref="Error"/>).</summary>
    public required GradeStatus Status { get; init; }

    /// <summary>The total mark: the sum of the criteria's marks.</summary>
    public required int Total { get; init; }

    /// <summary>The rubric's maximum mark.</summary>
    public required int Max { get; init; }

    /// <summary>The name of the rubric band the total falls in ("" for an error).</summary>
    public required string Band { get; init; }

    /// <summary>The mark and reasons for each criterion, in rubric order (empty for an error).</summary>
    public required IReadOnlyList<CriterionResult> Criteria { get; init => field = ValueList.From(value); }

    /// <summary>What a marker should know (advisory flags make the status Review), in the order they were raised.</summary>
    public required IReadOnlyList<GradeFlag> Flags { get; init => field = ValueList.From(value); }

    /// <summary>Every signal's value (0–1), sorted by name: what the marks were computed from.</summary>
    public required IReadOnlyList<SignalValue> Signals { get; init => field = ValueList.From(value); }

    /// <summary>How well the essay covers each key point of the answer key, in answer-key order.</summary>
    public required IReadOnlyList<KeyPointCoverage> KeyPoints { get; init => field = ValueList.From(value); }

    /// <summary>The size of the marked prose.</summary>
    public required EssayStatistics Statistics { get; init; }

    /// <summary>Why the essay was not marked, when <see cref="Status"/> is <see cref="GradeStatus.Error"/>; otherwise null.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// The passages that earned nothing and why (text addressed to the marker, lists, repeats, templates, padding,
    /// word salad, copied, off-topic or out-of-period text), in text order; empty when every word was marked.
    /// </summary>
    public IReadOnlyList<UnmarkedPassage> Unmarked { get; init => field = ValueList.From(value); } = ValueList.From(Array.Empty<UnmarkedPassage>());

    /// <summary>The criterion with <paramref name="id"/>; throws <see cref="KeyNotFoundException"/> when the rubric has none.</summary>
    public CriterionResult Criterion(string id) =>
        TryGetCriterion(id, out var criterion) ? criterion : throw new KeyNotFoundException($"The rubric has no criterion '{id}'.");

    /// <summary>The criterion with <paramref name="id"/>, if the grade has one (a grade with status Error has none).</summary>
    public bool TryGetCriterion(string id, [NotNullWhen(true)] out CriterionResult? criterion)
    {
        foreach (var candidate in Criteria)
        {
            if (candidate.Id == id)
            {
                criterion = candidate;
                return true;
            }
        }

        criterion = null;
        return false;
    }

    /// <summary>Whether a flag with <paramref name="code"/> (one of <see cref="FlagCodes"/>) was raised.</summary>
    public bool HasFlag(string code) => Flags.Any(f => f.Code == code);
}
