using System.Globalization;
using Grader.Checks;
using Grader.Rubrics;

namespace Grader.Scoring;

/// <summary>
/// Turns signals into a criterion's mark: the weighted mean of its signals places the essay on the criterion's mark
/// scale; the level is the band that mark falls in; a cap whose conditions all hold lowers the level (and the mark
/// to the top of the capped band). Reasons come from the criterion's signals.
/// </summary>
/// <remarks>
/// Most signals are shares (of sentences that explain, of paragraphs that link back…), and a share of very little text
/// can be perfect: one analytic sentence is "100% analysis". So below the rubric's too-short length the score is scaled
/// by the share of that length written, to the power 0.75 (<see cref="AmountFactor"/>): 14 words keep a tenth of what
/// their shares would earn, half the too-short length keeps 59%.
/// </remarks>
internal static class CriterionMarker
{
    /// <summary>1 from <paramref name="tooShortBelow"/> words of prose up; below, the share written to the power <see cref="AmountExponent"/>.</summary>
    public static double AmountFactor(int proseWords, int tooShortBelow) =>
        tooShortBelow <= 0 || proseWords >= tooShortBelow ? 1 : Math.Pow(Math.Max(0, proseWords) / (double)tooShortBelow, AmountExponent);

    private const double AmountExponent = 0.75;

    public static CriterionResult Mark(Criterion criterion, SignalBoard board, double amountFactor = 1)
    {
        var weighted = 0.0;
        var weights = 0.0;
        foreach (var signal in criterion.Signals)
        {
            weighted += signal.Weight * board.Get(signal.Signal);
            weights += signal.Weight;
        }

        var score = (weights > 0 ? weighted / weights : 0) * amountFactor;
        var mark = (int)Math.Round(score * criterion.Max, MidpointRounding.AwayFromZero);
        mark = Math.Clamp(mark, 0, criterion.Max);
        var level = LevelOf(criterion, mark);
        var reasons = new List<MarkReason>();
        if (amountFactor < 1)
        {
            reasons.Add(new MarkReason(ReasonEffect.Cost, "amount", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Scaled to {amountFactor:P0} of what its signals earn: too little prose to show this ({board.Document.ProseWordCount} words)."), Array.Empty<Quote>()));
        }

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
