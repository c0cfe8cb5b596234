using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>
/// A criterion of a scheme template before it is written: levels in ascending order of marks, caps by rank. It can be
/// rescaled to another maximum (levels whose bands collapse are merged into the one above or below) and then turned
/// into the rubric's <see cref="Criterion"/>.
/// </summary>
internal sealed record CriterionDraft(
    string Id,
    string Name,
    string Section,
    int Max,
    string Rationale,
    IReadOnlyList<SignalWeight> Signals,
    IReadOnlyList<CriterionLevel> Levels,
    IReadOnlyList<CapDraft> Caps)
{
    /// <summary>The same criterion out of <paramref name="max"/> marks, each level's band scaled in proportion.</summary>
    public CriterionDraft RescaledTo(int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (max == Max)
        {
            return this;
        }

        var kept = new List<(CriterionLevel Level, int Min)>();
        for (var i = 0; i < Levels.Count; i++)
        {
            var min = i == 0 ? 0 : Math.Clamp((int)Math.Round(Levels[i].MinMark * (double)max / Max, MidpointRounding.AwayFromZero), 1, max);
            if (kept.Count > 0 && min <= kept[^1].Min)
            {
                if (i != Levels.Count - 1 || kept.Count == 1)
                {
                    continue;
                }

                // The top level always stays: it takes the place of the one it collapsed onto.
                min = kept[^1].Min;
                kept.RemoveAt(kept.Count - 1);
            }

            kept.Add((Levels[i], min));
        }

        var levels = new CriterionLevel[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var top = i + 1 < kept.Count ? kept[i + 1].Min - 1 : max;
            levels[i] = kept[i].Level with { MinMark = kept[i].Min, MaxMark = top };
        }

        return this with { Max = max, Levels = levels };
    }

    /// <summary>The rubric criterion: caps name the level at their rank (or the top level when there are fewer).</summary>
    public Criterion ToCriterion()
    {
        var caps = Caps.Select(c => new LevelCap(Levels[Math.Min(c.RankFromBottom, Levels.Count - 1)].Level, c.When, c.Reason)).ToArray();
        return new Criterion(Id, Name, Section, Max, Rationale, Signals, Levels.Reverse().ToArray(), caps);
    }
}
