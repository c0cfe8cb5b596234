namespace Grader.Text;

/// <summary>
/// Matches one time reference starting at a token: a full date ("14 February 1950", "February 14, 1950",
/// "1950-02-14"), a month and year ("Oct. 1949"), a range ("1949–1956", "1950-53", "from 1953 to 1956",
/// "between 1953 and 1956"), a decade ("1930s", "1930's") or a year ("1950", "1953's").
/// </summary>
internal static class TemporalMatcher
{
    public static bool TryMatch(in TemporalTokenWindow window, int index, out TemporalMatch match)
    {
        match = default;
        if (!window.Has(index))
        {
            return false;
        }

        return window[index].Kind switch
        {
            TokenKind.Number => TryMatchAtNumber(window, index, out match),
            TokenKind.Word => TryMatchAtWord(window, index, out match),
            _ => false,
        };
    }

    private static bool TryMatchAtNumber(in TemporalTokenWindow window, int index, out TemporalMatch match)
    {
        match = default;
        var length = window[index].Span.Length;
        if (length <= 2)
        {
            return !window.ContinuesNumber(index) && TryDayFirst(window, index, window.SmallNumber(index), out match);
        }

        return length == 4
            && (TryIsoDate(window, index, out match)
                || TryRange(window, index, index, out match)
                || TryYearOrApostropheDecade(window, index, out match));
    }

    private static bool TryMatchAtWord(in TemporalTokenWindow window, int index, out TemporalMatch match)
    {
        match = default;
        var word = window.Chars(index);
        if (MonthNames.TryRead(window, index, out var month, out var next))
        {
            return TryMonthFirst(window, index, month, next, out match);
        }

        if (word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("between", StringComparison.OrdinalIgnoreCase))
        {
            return TryRange(window, index, index + 1, out match);
        }

        if (TemporalDayOrdinal.TryParse(word, out var day))
        {
            return TryDayFirst(window, index, day, out match);
        }

        if (word.Length == 5 && TryDecade(word, out var decade))
        {
            match = new TemporalMatch(window[index].Start, window[index].End, index + 1, TemporalKind.Decade, decade, decade + 9, 0, 0);
            return true;
        }

        return false;
    }

    /// <summary>"14 February 1950", "14th of Feb. 1950", "5 March, 1953".</summary>
    private static bool TryDayFirst(in TemporalTokenWindow window, int index, int day, out TemporalMatch match)
    {
        match = default;
        var at = index + 1;
        if (window.IsWord(at, "of"))
        {
            at++;
        }

        if (!MonthNames.TryRead(window, at, out var month, out at))
        {
            return false;
        }

        if (window.IsSymbol(at, ','))
        {
            at++;
        }

        if (!TemporalYearRules.LooksLikeYear(window, at, out var year) || !IsValidDay(year, month, day))
        {
            return false;
        }

        match = new TemporalMatch(window[index].Start, window[at].End, at + 1, TemporalKind.FullDate, year, year, month, day);
        return true;
    }

    /// <summary>"February 14, 1950", "February 14th 1950", "October 1949", "Oct. 1949", "October, 1949", "October of 1949".</summary>
    private static bool TryMonthFirst(in TemporalTokenWindow window, int index, int month, int next, out TemporalMatch match)
    {
        match = default;
        var at = next;
        if (TryDayAt(window, at, out var day))
        {
            var yearAt = window.IsSymbol(at + 1, ',') ? at + 2 : at + 1;
            if (TemporalYearRules.LooksLikeYear(window, yearAt, out var dayYear) && IsValidDay(dayYear, month, day))
            {
                match = new TemporalMatch(window[index].Start, window[yearAt].End, yearAt + 1, TemporalKind.FullDate, dayYear, dayYear, month, day);
                return true;
            }
        }

        if (window.IsSymbol(at, ',') || window.IsWord(at, "of"))
        {
            at++;
        }

        if (!TemporalYearRules.LooksLikeYear(window, at, out var year))
        {
            return false;
        }

        match = new TemporalMatch(window[index].Start, window[at].End, at + 1, TemporalKind.MonthYear, year, year, month, 0);
        return true;
    }

    /// <summary>"1950-02-14": year, month and day joined by hyphens without spaces.</summary>
    private static bool TryIsoDate(in TemporalTokenWindow window, int index, out TemporalMatch match)
    {
        match = default;
        if (!(window.IsSymbol(index + 1, '-') && window.IsSymbol(index + 3, '-')
            && window.IsNumber(index + 2, 2, 2) && window.IsNumber(index + 4, 2, 2)
            && window.TouchesNext(index) && window.TouchesNext(index + 1) && window.TouchesNext(index + 2) && window.TouchesNext(index + 3)))
        {
            return false;
        }

        var year = window.SmallNumber(index);
        var month = window.SmallNumber(index + 2);
        var day = window.SmallNumber(index + 4);
        if (year is < TemporalYearRules.EarliestYear or > TemporalYearRules.LatestYear || month is < 1 or > 12 || !IsValidDay(year, month, day))
        {
            return false;
        }

        match = new TemporalMatch(window[index].Start, window[index + 4].End, index + 5, TemporalKind.FullDate, year, year, month, day);
        return true;
    }

    /// <summary>
    /// "1949–1956", "1953 - 1956", "1950-53", "1953 to 1956", and with <paramref name="lead"/> before the first
    /// year, "from 1953 to 1956" and "between 1953 and 1956". The first year must be the earlier.
    /// </summary>
    private static bool TryRange(in TemporalTokenWindow window, int lead, int firstYearAt, out TemporalMatch match)
    {
        match = default;
        if (!TemporalYearRules.LooksLikeYear(window, firstYearAt, out var firstYear))
        {
            return false;
        }

        var between = lead != firstYearAt && window.IsWord(lead, "between");
        var joint = firstYearAt + 1;
        var lastYearAt = joint + 1;
        int lastYear;
        if (window.IsDash(joint))
        {
            if (!TemporalYearRules.LooksLikeYear(window, lastYearAt, out lastYear) && !TryShortLastYear(window, firstYearAt, firstYear, out lastYear))
            {
                return false;
            }
        }
        else if (IsRangeWord(window, joint, between))
        {
            if (!TemporalYearRules.LooksLikeYear(window, lastYearAt, out lastYear))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (lastYear <= firstYear || !EndsLikeYear(window, lastYearAt, lastYear))
        {
            return false;
        }

        match = new TemporalMatch(window[lead].Start, window[lastYearAt].End, lastYearAt + 1, TemporalKind.Range, firstYear, lastYear, 0, 0);
        return true;
    }

    /// <summary>"1950-53" and "1914–18": two digits touching the dash; the century is the first year's, or the next one's ("1998-03").</summary>
    private static bool TryShortLastYear(in TemporalTokenWindow window, int firstYearAt, int firstYear, out int lastYear)
    {
        lastYear = 0;
        var at = firstYearAt + 2;
        if (!window.IsNumber(at, 2, 2) || !window.TouchesNext(firstYearAt) || !window.TouchesNext(firstYearAt + 1)
            || window.IsFollowedByNumberPart(at) || (window.IsDash(at + 1) && window.TouchesNext(at)))
        {
            return false;
        }

        lastYear = (firstYear / 100 * 100) + window.SmallNumber(at);
        if (lastYear <= firstYear)
        {
            lastYear += 100;
        }

        return lastYear - firstYear <= 20;
    }

    /// <summary>
    /// Whether what follows a range's last year leaves it a year: not a measure ("2000 dollars") nor a count of a round
    /// number ("between 1000 and 2000 troops"), but "between 1945 and 1949 troops of the PLA" is a range.
    /// </summary>
    private static bool EndsLikeYear(in TemporalTokenWindow window, int lastYearAt, int lastYear) =>
        TemporalYearRules.QuantityAfter(window, lastYearAt) switch
        {
            TemporalQuantityFollower.Measure => false,
            TemporalQuantityFollower.CountedNoun => lastYear % 100 != 0,
            _ => true,
        };

    private static bool IsRangeWord(in TemporalTokenWindow window, int index, bool between) =>
        between
            ? window.IsWord(index, "and")
            : window.IsWord(index, "to") || window.IsWord(index, "until") || window.IsWord(index, "till") || window.IsWord(index, "through");

    /// <summary>A year ("1950", "1953's"), or a decade written with an apostrophe ("1930's").</summary>
    private static bool TryYearOrApostropheDecade(in TemporalTokenWindow window, int index, out TemporalMatch match)
    {
        match = default;
        var start = window[index].Start;
        if (window.HasPossessiveAfter(index) && TemporalYearRules.LooksLikeYear(window, index, out var year))
        {
            var end = window[index + 2].End;
            match = year % 10 == 0
                ? new TemporalMatch(start, end, index + 3, TemporalKind.Decade, year, year + 9, 0, 0)
                : new TemporalMatch(start, end, index + 3, TemporalKind.Year, year, year, 0, 0);
            return true;
        }

        if (!TemporalYearRules.IsYear(window, index, out year))
        {
            return false;
        }

        match = new TemporalMatch(start, window[index].End, index + 1, TemporalKind.Year, year, year, 0, 0);
        return true;
    }

    /// <summary>"1930s": four digits ending in 0, then "s".</summary>
    private static bool TryDecade(ReadOnlySpan<char> word, out int decade)
    {
        decade = 0;
        if (word[4] is not ('s' or 'S') || word[3] != '0')
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(word[i]))
            {
                return false;
            }

            decade = (decade * 10) + (word[i] - '0');
        }

        return decade is >= TemporalYearRules.EarliestYear and <= TemporalYearRules.LatestYear;
    }

    private static bool TryDayAt(in TemporalTokenWindow window, int index, out int day)
    {
        day = 0;
        if (window.IsNumber(index, 1, 2))
        {
            day = window.SmallNumber(index);
            return day is >= 1 and <= 31;
        }

        return window.IsWord(index) && TemporalDayOrdinal.TryParse(window.Chars(index), out day);
    }

    private static bool IsValidDay(int year, int month, int day) => day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
