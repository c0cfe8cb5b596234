namespace Grader.Text;

/// <summary>
/// Matches one sum of money ("$300 million", "US$1.5bn", "300,000 dollars", "£5m") or one count ("156 projects",
/// "over a million troops", "20,000 Soviet experts", "1% interest", "50 per cent") starting at a token. A leading
/// approximation ("over", "some", "more than") belongs to the match.
/// </summary>
internal static class QuantityMatcher
{
    public static bool TryMatch(in TemporalTokenWindow window, int index, out QuantityMatch match)
    {
        match = default;
        if (!window.Has(index))
        {
            return false;
        }

        var at = QuantityApproximation.Skip(window, index);
        var approximated = at != index;
        if (CurrencyNames.TryReadPrefix(window, at, out var sign, out var signStart, out var amountAt))
        {
            if (!QuantityNumberReader.TryRead(window, amountAt, afterSign: true, out var amount) || amount.IsWords)
            {
                return false;
            }

            match = new QuantityMatch(approximated ? window[index].Start : signStart, amount.End, amount.Next, amount.Value, sign, default);
            return true;
        }

        if (!QuantityNumberReader.TryRead(window, at, afterSign: false, out var number))
        {
            return false;
        }

        var start = approximated ? window[index].Start : number.Start;
        var next = number.Next;
        if (CurrencyNames.TryReadSuffix(window, next, number.IsScaled, out var currency, out var afterCurrency))
        {
            match = new QuantityMatch(start, window[afterCurrency - 1].End, afterCurrency, number.Value, currency, default);
            return true;
        }

        if (TryReadPercent(window, next, out var percentEnd, out var afterPercent))
        {
            match = new QuantityMatch(start, percentEnd, afterPercent, number.Value, null, default);
            return true;
        }

        return TryCount(window, index, at, start, number, out match);
    }

    private static bool TryCount(in TemporalTokenWindow window, int index, int at, int start, in QuantityNumber number, out QuantityMatch match)
    {
        match = default;
        if (number.Value <= 1)
        {
            // "one reason", "one of the": a single thing is never a plural count.
            return false;
        }

        if (number.IsBareDigits && TemporalYearRules.IsYear(window, at, out _))
        {
            return false;
        }

        if (!number.IsWords && index == at && (IsLabelled(window, at) || QuantityHeading.StartsHeading(window.Text, window[at])))
        {
            return false;
        }

        if (!QuantityUnits.TryFindUnit(window, number.Next, out var unit))
        {
            return false;
        }

        var unitWord = window.Chars(unit);
        if (QuantityUnits.IsDiscourse(unitWord) || (number.IsCapitalised && window.StartsUpper(unit) && !StartsSentence(window, at)))
        {
            // "three reasons" is essay-talk; "the Fourteen Points" and "the Seven Years War" are names.
            return false;
        }

        if (number.IsBareDigits && number.Value >= TemporalYearRules.EarliestYear && QuantityUnits.IsFollowedByDeterminer(window, unit))
        {
            return false;
        }

        match = new QuantityMatch(start, window[unit].End, unit + 1, number.Value, null, window[unit].Span);
        return true;
    }

    /// <summary>
    /// Whether token <paramref name="index"/> starts a sentence or line, where a capital letter says nothing about a name
    /// ("Three million Germans were expelled" against "Wilson's Fourteen Points").
    /// </summary>
    private static bool StartsSentence(in TemporalTokenWindow window, int index)
    {
        var before = index - 1;
        if (!window.Has(before))
        {
            return true;
        }

        if (window.Text.AsSpan(window[before].End, window[index].Start - window[before].End).Contains('\n'))
        {
            return true;
        }

        return window.IsKind(before, TokenKind.Symbol) && window.Text[window[before].End - 1] is '.' or '!' or '?' or ':' or ';' or '"' or '\u201C';
    }

    /// <summary>"1%", "1 per cent", "1 percent".</summary>
    private static bool TryReadPercent(in TemporalTokenWindow window, int index, out int end, out int next)
    {
        end = 0;
        next = index + 1;
        if (window.IsKind(index, TokenKind.Symbol) && window.TouchesNext(index - 1) && window.Text[window[index].Start] == '%')
        {
            end = window[index].Start + 1;
            return true;
        }

        if (window.IsWord(index, "percent"))
        {
            end = window[index].End;
            return true;
        }

        if (window.IsWord(index, "per") && window.IsWord(index + 1, "cent"))
        {
            end = window[index + 1].End;
            next = index + 2;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the number at <paramref name="index"/> is a label: after "page", "Source", "No." or after any capitalised
    /// name that is not a month ("Apollo 11", "Resolution 82").
    /// </summary>
    private static bool IsLabelled(in TemporalTokenWindow window, int index)
    {
        var before = index - 1;
        if (window.IsSymbol(before, '.') || window.IsSymbol(before, '#'))
        {
            return window.IsSymbol(before, '#') || (window.IsWord(before - 1) && QuantityUnits.IsLabel(window.Chars(before - 1)));
        }

        if (!window.IsWord(before))
        {
            return false;
        }

        var word = window.Chars(before);
        if (QuantityUnits.IsLabel(word))
        {
            return true;
        }

        return window.StartsUpper(before)
            && !QuantityUnits.IsBreakWord(word)
            && !MonthNames.IsMonthWord(word)
            && !QuantityApproximation.IsApproximation(word)
            && !TemporalYearRules.HasStrongCueBefore(window, index);
    }
}
