using System.Globalization;

namespace Grader.Text;

/// <summary>
/// Reads a number starting at a token: digits with thousands separators and decimals ("10,000", "1.5"), optionally
/// scaled ("300 million", and after a currency sign "300m", "1.5bn"), or words ("three", "twenty-five",
/// "two hundred thousand", "a million", "half a million", "hundreds of thousands of").
/// </summary>
internal static class QuantityNumberReader
{
    /// <summary>Anything larger is not a quantity an essay means; it also keeps decimal arithmetic far from overflow.</summary>
    private const decimal Largest = 1_000_000_000_000_000m;

    /// <summary>
    /// Reads the number at token <paramref name="index"/>. <paramref name="afterSign"/> allows the suffixed forms
    /// ("300m", "5bn") that only follow a currency sign; elsewhere "5m" is as likely to be five metres.
    /// </summary>
    public static bool TryRead(in TemporalTokenWindow window, int index, bool afterSign, out QuantityNumber number)
    {
        number = default;
        if (!window.Has(index))
        {
            return false;
        }

        return window[index].Kind switch
        {
            TokenKind.Number => TryReadDigits(window, index, afterSign, out number),
            TokenKind.Word when afterSign => TryReadSuffixed(window, index, index, out number),
            TokenKind.Word => TryReadWords(window, index, out number),
            _ => false,
        };
    }

    private static bool TryReadDigits(in TemporalTokenWindow window, int index, bool afterSign, out QuantityNumber number)
    {
        number = default;
        if (window.ContinuesNumber(index))
        {
            return false;
        }

        var last = index;
        if (window[index].Span.Length <= 3)
        {
            while (window.IsSymbol(last + 1, ',') && window.TouchesNext(last) && window.TouchesNext(last + 1) && window.IsNumber(last + 2, 3, 3))
            {
                last += 2;
            }
        }

        if (window.IsSymbol(last + 1, '.') && window.TouchesNext(last) && window.TouchesNext(last + 1))
        {
            if (window.IsKind(last + 2, TokenKind.Number))
            {
                last += 2;
            }
            else if (afterSign && window.IsWord(last + 2))
            {
                // "$1.5bn": "1" "." "5bn".
                return TryReadSuffixed(window, index, last + 2, out number);
            }
        }

        var start = window[index].Start;
        var end = window[last].End;
        if (!TryParse(window.Text.AsSpan(start, end - start), out var value))
        {
            return false;
        }

        var next = last + 1;
        var scaled = false;
        if (window.IsWord(next) && NumberWords.TryGetDigitScale(window.Chars(next), out var scale))
        {
            value *= scale;
            scaled = true;
            next++;
        }

        if (value > Largest)
        {
            return false;
        }

        number = new QuantityNumber(Normalise(value), start, window[next - 1].End, next, false, last == index && !scaled, scaled, false);
        return true;
    }

    /// <summary>Reads "300m" or, when <paramref name="word"/> follows "1" ".", "1.5bn": digits then a scale suffix.</summary>
    private static bool TryReadSuffixed(in TemporalTokenWindow window, int first, int word, out QuantityNumber number)
    {
        number = default;
        var chars = window.Chars(word);
        var digits = 0;
        while (digits < chars.Length && char.IsAsciiDigit(chars[digits]))
        {
            digits++;
        }

        if (digits == 0 || !NumberWords.TryGetSuffixScale(chars[digits..], out var scale))
        {
            return false;
        }

        var start = window[first].Start;
        var numberEnd = window[word].Start + digits;
        if (!TryParse(window.Text.AsSpan(start, numberEnd - start), out var value) || value * scale > Largest)
        {
            return false;
        }

        number = new QuantityNumber(Normalise(value * scale), start, window[word].End, word + 1, false, false, true, false);
        return true;
    }

    private static bool TryReadWords(in TemporalTokenWindow window, int index, out QuantityNumber number)
    {
        number = default;
        var at = index;
        decimal total = 0;
        decimal current = 0;
        var word = window.Chars(at);

        if (NumberWords.TryGetPluralScale(word, out _))
        {
            return TryReadPluralScales(window, index, out number);
        }

        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            // "a million", "a hundred thousand": "a" is one, but only before a scale.
            if (!window.IsWord(at + 1) || !NumberWords.TryGetScale(window.Chars(at + 1), out _))
            {
                return false;
            }

            current = 1;
            at++;
        }
        else if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            // "half a million".
            if (!(window.IsWord(at + 1, "a") && window.IsWord(at + 2) && NumberWords.TryGetScale(window.Chars(at + 2), out _)))
            {
                return false;
            }

            current = 0.5m;
            at += 2;
        }
        else if (!NumberWords.TryGetCardinal(word, out _))
        {
            return false;
        }

        var read = false;
        var previousWasCardinal = false;
        while (window.IsWord(at))
        {
            word = window.Chars(at);
            if (NumberWords.TryGetCardinal(word, out var cardinal))
            {
                if (previousWasCardinal)
                {
                    break;
                }

                // "twenty-five": a tens word, a touching hyphen and a unit word.
                if (cardinal >= 20 && window.IsDash(at + 1) && window.TouchesNext(at) && window.TouchesNext(at + 1)
                    && window.IsWord(at + 2) && NumberWords.TryGetCardinal(window.Chars(at + 2), out var unit) && unit < 10)
                {
                    cardinal += unit;
                    at += 2;
                }

                current += cardinal;
                previousWasCardinal = true;
            }
            else if (NumberWords.TryGetScale(word, out var scale))
            {
                if (scale < 1_000)
                {
                    current = (current == 0 ? 1 : current) * scale;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }

                previousWasCardinal = false;
            }
            else if (read && !previousWasCardinal && word.Equals("and", StringComparison.OrdinalIgnoreCase)
                && window.IsWord(at + 1) && NumberWords.TryGetCardinal(window.Chars(at + 1), out _))
            {
                // "three hundred and fifty thousand".
            }
            else
            {
                break;
            }

            if (total + current > Largest)
            {
                return false;
            }

            read = true;
            at++;
        }

        if (!read)
        {
            return false;
        }

        var capitalised = window.StartsUpper(index);
        number = new QuantityNumber(Normalise(total + current), window[index].Start, window[at - 1].End, at, true, false, false, capitalised);
        return true;
    }

    /// <summary>Reads "thousands of", "tens of thousands of", "hundreds of thousands of": each plural scale needs its "of".</summary>
    private static bool TryReadPluralScales(in TemporalTokenWindow window, int index, out QuantityNumber number)
    {
        number = default;
        decimal value = 1;
        var at = index;
        while (window.IsWord(at) && NumberWords.TryGetPluralScale(window.Chars(at), out var scale) && window.IsWord(at + 1, "of"))
        {
            value *= scale;
            at += 2;
        }

        if (at == index || value > Largest)
        {
            return false;
        }

        number = new QuantityNumber(value, window[index].Start, window[at - 1].End, at, true, false, true, false);
        return true;
    }

    private static bool TryParse(ReadOnlySpan<char> digits, out decimal value) =>
        decimal.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>Drops trailing zeros a scale left behind ("1.36" × 10⁹ is 1360000000.00) so amounts print plainly.</summary>
    private static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;
}
