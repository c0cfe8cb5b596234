using System.Globalization;

namespace Grader.Scoring;

/// <summary>
/// Bounds what one grade lists (<see cref="GraderLimits.MaxFlags"/> flags, <see cref="GraderLimits.MaxReasonsPerCriterion"/>
/// reasons a criterion), so a very long or repetitive essay cannot make a result of unbounded size. Nothing vanishes
/// silently: the last place in a full list says how many more there were.
/// </summary>
internal static class GradeBounds
{
    public static GradeResult Apply(GradeResult result, GraderLimits limits)
    {
        var flags = result.Flags.Count > limits.MaxFlags ? LimitFlags(result.Flags, limits.MaxFlags) : null;
        CriterionResult[]? criteria = null;
        for (var i = 0; i < result.Criteria.Count; i++)
        {
            var criterion = result.Criteria[i];
            if (criterion.Reasons.Count > limits.MaxReasonsPerCriterion)
            {
                criteria ??= [.. result.Criteria];
                criteria[i] = criterion with { Reasons = LimitReasons(criterion.Reasons, limits.MaxReasonsPerCriterion) };
            }
        }

        return flags is null && criteria is null
            ? result
            : result with { Flags = flags ?? result.Flags, Criteria = criteria ?? result.Criteria };
    }

    private static GradeFlag[] LimitFlags(IReadOnlyList<GradeFlag> flags, int max)
    {
        var kept = new GradeFlag[max];
        for (var i = 0; i < max - 1; i++)
        {
            kept[i] = flags[i];
        }

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = max - 1; i < flags.Count; i++)
        {
            counts[flags[i].Code] = counts.GetValueOrDefault(flags[i].Code) + 1;
        }

        var byCode = string.Join(", ", counts.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} ×{pair.Value:N0}")));
        var message = string.Create(CultureInfo.InvariantCulture, $"{flags.Count - (max - 1):N0} more flags were raised and are not listed ({byCode}).");
        kept[max - 1] = new GradeFlag(FlagCodes.MoreFlags, FlagKind.Informational, message, null);
        return kept;
    }

    private static MarkReason[] LimitReasons(IReadOnlyList<MarkReason> reasons, int max)
    {
        var kept = new MarkReason[max];
        for (var i = 0; i < max - 1; i++)
        {
            kept[i] = reasons[i];
        }

        var message = string.Create(CultureInfo.InvariantCulture, $"{reasons.Count - (max - 1):N0} more reasons are not listed (the mark is not affected).");
        kept[max - 1] = new MarkReason(ReasonEffect.Note, "", message, []);
        return kept;
    }
}
