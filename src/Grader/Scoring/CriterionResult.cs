using System.Diagnostics.CodeAnalysis;
using Grader.Collections;

namespace Grader.Scoring;

/// <summary>
/// The mark for one criterion: the level reached, its name and descriptor (the best fit), the mark within the band,
/// the 0–1 score the signals gave before banding, and the reasons.
/// </summary>
public sealed record CriterionResult
{
    /// <summary>An empty result, to be filled with an object initializer (every required member set).</summary>
    public CriterionResult()
    {
    }

    [SetsRequiredMembers]
    internal CriterionResult(string id, string name, int level, string levelName, int mark, int max, string descriptor, double score, IReadOnlyList<MarkReason> reasons)
    {
        Id = id;
        Name = name;
        Level = level;
        LevelName = levelName;
        Mark = mark;
        Max = max;
        Descriptor = descriptor;
        Score = score;
        Reasons = reasons;
    }

    /// <summary>The criterion's id in the rubric.</summary>
    public required string Id { get; init; }

    /// <summary>The criterion's name.</summary>
    public required string Name { get; init; }

    /// <summary>The level reached (0 is the lowest).</summary>
    public required int Level { get; init; }

    /// <summary>The name of that level.</summary>
    public required string LevelName { get; init; }

    /// <summary>The mark, within the level's band.</summary>
    public required int Mark { get; init; }

    /// <summary>The criterion's maximum mark.</summary>
    public required int Max { get; init; }

    /// <summary>The level's descriptor: what an essay at this level does.</summary>
    public required string Descriptor { get; init; }

    /// <summary>The 0–1 score the weighted signals gave before it was banded into a level and mark.</summary>
    public required double Score { get; init; }

    /// <summary>Why the criterion got its mark: what was earned, what cost marks, and notes.</summary>
    public required IReadOnlyList<MarkReason> Reasons { get; init => field = ValueList.From(value); }
}
