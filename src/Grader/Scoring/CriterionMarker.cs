using System.Globalization;
using Grader.Checks;
using Grader.Rubrics;

namespace Grader.Scoring;

/// <summary>
/// Turns signals into a criterion's mark: the weighted mean of its signals places the essay on the criterion's mark
/// scale; the level is the band that mark falls in; a cap whose conditions all hold lowers the level (and the mark
/// to the top of the capped band). Reasons come from the criterion's signals.
/// </summary>
internal static class CriterionMarker
{
    public static CriterionResult Mark(Criterion criterion, SignalBoard board)
    {
        var weighted = 0.0;
        var weights = 0.0;
        foreach (var signal in criterion.Signals)
        {
            weighted += signal.Weight * board.Get(signal.Signal);
            weights += signal.Weight;
        }

        var score = weights > 0 ? weighted / weights : 0;
        var mark = (int)Math.Round(score * criterion.Max, MidpointRounding.AwayFromZero);
        mark = Math.Clamp(mark, 0, criterion.Max);
        var level = LevelOf(criterion, mark);
        var reasons = new List<MarkReason>();
        foreach (var cap in criterion.Caps)
        {
            if (level.Level <= cap.MaxLevel || !Applies(cap, board))
            {
                continue;
            }

            var capped = criterion.Levels.Where(l => l.Level <= cap.MaxLevel).MaxBy(l => l.Level);
            if (capped is null)
            {
                continue;
            }

            reasons.Add(new MarkReason(ReasonEffect.Cost, "cap", $"Held at level {capped.Level} ({capped.Name}): {cap.Reason}.", Array.Empty<Quote>()));
            level = capped;
            mark = Math.Min(mark, capped.MaxMark);
        }

        foreach (var signal in criterion.Signals)
        {
            reasons.AddRange(board.ReasonsFor(signal.Signal));
        }

        reasons.Sort(static (a, b) => Order(a.Effect).CompareTo(Order(b.Effect)));
        return new CriterionResult(criterion.Id, criterion.Name, level.Level, level.Name, mark, criterion.Max, level.Descriptor, Math.Round(score, 4), reasons);
    }

    private static bool Applies(LevelCap cap, SignalBoard board)
    {
        foreach (var condition in cap.When)
        {
            if (!condition.IsMetBy(board.Get(condition.Signal)))
            {
                return false;
            }
        }

        return true;
    }

    private static CriterionLevel LevelOf(Criterion criterion, int mark)
    {
        foreach (var level in criterion.Levels)
        {
            if (mark >= level.MinMark && mark <= level.MaxMark)
            {
                return level;
            }
        }

        throw new InvalidOperationException($"Criterion '{criterion.Id}' has no level for mark {mark}; the rubric loader should have refused it.");
    }

    private static int Order(ReasonEffect effect) => effect switch
    {
        ReasonEffect.Cost => 1,
        ReasonEffect.Earned => 0,
        _ => 2,
    };
}
