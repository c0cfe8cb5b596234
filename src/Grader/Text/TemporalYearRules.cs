using System.Collections.Frozen;

namespace Grader.Text;

/// <summary>
/// Decides whether a four-digit number is a year. It must look like one (1000–2099, not part of "1,950", "1950.5"
/// or "$1950"). A strong cue before it ("in", "by", "since") makes it a year. Otherwise a measure after it
/// ("1500 million", "1500 dollars", "20%") makes it a quantity, and so does a counted noun after a round number
/// ("1000 troops", "a force of 1500 men"); "1950 troops" and "the 1917 revolutions" stay years, as does "1953 marks
/// the death of Stalin" (a verb). Both extractors ask this, so they never disagree.
/// </summary>
internal static class TemporalYearRules
{
    public const int EarliestYear = 1000;
    public const int LatestYear = 2099;

    /// <summary>Words after which a four-digit number is a year whatever follows: "in 1950 troops crossed".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "by", "until", "till", "after", "before", "since", "from", "during", "between", "through",
        "throughout", "circa", "c", "ca", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter",
        "year", "AD", "CE",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Whether token <paramref name="index"/> is a four-digit number in the year range that stands alone.</summary>
    public static bool LooksLikeYear(in TemporalTokenWindow window, int index, out int year)
    {
        year = 0;
        if (!window.IsNumber(index, 4, 4))
        {
            return false;
        }

        year = window.SmallNumber(index);
        if (year is < EarliestYear or > LatestYear || window.ContinuesNumber(index) || window.IsFollowedByNumberPart(index))
        {
            return false;
        }

        if (window.TouchesNext(index - 1) && window.IsKind(index - 1, TokenKind.Symbol)
            && CurrencyNames.OfSign(window.Text[window[index - 1].End - 1]) is not null)
        {
            return false;
        }

        return true;
    }

    /// <summary>Whether token <paramref name="index"/> is a year (see the class summary).</summary>
    public static bool IsYear(in TemporalTokenWindow window, int index, out int year)
    {
        if (!LooksLikeYear(window, index, out year))
        {
            return false;
        }

        if (HasStrongCueBefore(window, index))
        {
            return true;
        }

        return QuantityAfter(window, index) switch
        {
            TemporalQuantityFollower.Measure => false,
            TemporalQuantityFollower.CountedNoun => year % 100 != 0,
            _ => true,
        };
    }

    /// <summary>Whether the word before token <paramref name="index"/> announces a year: "in", "by", "since".</summary>
    public static bool HasStrongCueBefore(in TemporalTokenWindow window, int index) =>
        window.IsWord(index - 1) && window.Chars(index - 1).Length <= 10 && StrongCues.Contains(window.Chars(index - 1));

    /// <summary>What follows the number at <paramref name="index"/> that could make it a quantity.</summary>
    public static TemporalQuantityFollower QuantityAfter(in TemporalTokenWindow window, int index)
    {
        var next = index + 1;
        if (window.IsKind(next, TokenKind.Symbol))
        {
            return window.TouchesNext(index) && window.Text[window[next].Start] == '%'
                ? TemporalQuantityFollower.Measure
                : TemporalQuantityFollower.None;
        }

        if (!window.IsWord(next))
        {
            return TemporalQuantityFollower.None;
        }

        var word = window.Chars(next);
        if (NumberWords.TryGetDigitScale(word, out _) || CurrencyNames.TryReadSuffix(window, next, false, out _, out _)
            || word.Equals("percent", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("per", StringComparison.OrdinalIgnoreCase) && window.IsWord(next + 1, "cent")))
        {
            return TemporalQuantityFollower.Measure;
        }

        return QuantityUnits.TryFindUnit(window, next, out var unit)
            && !QuantityUnits.IsDiscourse(window.Chars(unit))
            && !QuantityUnits.IsFollowedByDeterminer(window, unit)
            ? TemporalQuantityFollower.CountedNoun
            : TemporalQuantityFollower.None;
    }
}
