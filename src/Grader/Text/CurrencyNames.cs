using System.Collections.Frozen;

namespace Grader.Text;

/// <summary>
/// Currency signs ("$", "£", "US$"), codes written before an amount ("RMB 2 billion") and currency words written
/// after it ("300 million US dollars", "5 million roubles"), each mapped to the currency name a
/// <see cref="MoneyMention"/> carries.
/// </summary>
internal static class CurrencyNames
{
    public const string Dollars = "USD";
    public const string Pounds = "GBP";
    public const string Marks = "marks";

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Words = Build(
        ("dollar", Dollars), ("dollars", Dollars), ("pound", Pounds), ("pounds", Pounds), ("sterling", Pounds),
        ("euro", "EUR"), ("euros", "EUR"), ("rouble", "roubles"), ("roubles", "roubles"), ("ruble", "roubles"),
        ("rubles", "roubles"), ("yuan", "RMB"), ("renminbi", "RMB"), ("rmb", "RMB"), ("yen", "JPY"),
        ("franc", "francs"), ("francs", "francs"), ("marks", Marks), ("reichsmarks", Marks),
        ("deutschmarks", Marks), ("lire", "lire"), ("pesetas", "pesetas"), ("rupees", "rupees"),
        ("shillings", "shillings"), ("guineas", "guineas"), ("ducats", "ducats"), ("florins", "florins"),
        ("livres", "livres"), ("thalers", "thalers"));

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Codes = Build(
        ("USD", Dollars), ("GBP", Pounds), ("EUR", "EUR"), ("RMB", "RMB"), ("CNY", "RMB"));

    /// <summary>The currency of a sign character, or null.</summary>
    public static string? OfSign(char sign) => sign switch
    {
        '$' => Dollars,
        '£' => Pounds,
        '€' => "EUR",
        '¥' or '\uFFE5' => "RMB",
        '₽' => "roubles",
        '₹' => "rupees",
        _ => null,
    };

    /// <summary>
    /// Reads a currency written before an amount at token <paramref name="index"/>: a sign ending a symbol token
    /// ("$", "($"), "US$", or an upper-case code ("RMB"). <paramref name="start"/> is the character where the
    /// money expression starts; <paramref name="next"/> the token where the amount should be.
    /// </summary>
    public static bool TryReadPrefix(in TemporalTokenWindow window, int index, out string currency, out int start, out int next)
    {
        currency = string.Empty;
        start = 0;
        next = index + 1;
        if (!window.Has(index))
        {
            return false;
        }

        var token = window[index];
        if (token.Kind == TokenKind.Symbol)
        {
            var sign = OfSign(window.Text[token.End - 1]);
            if (sign is null || (window.TouchesNext(index - 1) && window.IsWord(index - 1)))
            {
                // "HK$" or "A$": a dollar we cannot name; "US$" is read from the "US".
                return false;
            }

            currency = sign;
            start = token.End - 1;
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = window.Chars(index);
        if (word.SequenceEqual("US") && window.TouchesNext(index) && window.IsSymbol(index + 1, '$'))
        {
            currency = Dollars;
            start = token.Start;
            next = index + 2;
            return true;
        }

        if (word.Length == 3 && char.IsUpper(word[1]) && Codes.TryGetValue(word, out var code) && window.IsKind(index + 1, TokenKind.Number))
        {
            currency = code;
            start = token.Start;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a currency written after an amount, starting at token <paramref name="index"/>: "dollars",
    /// "US dollars", "pounds sterling", "gold marks". <paramref name="scaled"/> says whether the amount had a scale
    /// word ("million"), which plain "marks" needs before it is read as money. <paramref name="next"/> is the token
    /// after the currency.
    /// </summary>
    public static bool TryReadSuffix(in TemporalTokenWindow window, int index, bool scaled, out string currency, out int next)
    {
        currency = string.Empty;
        next = index;
        var at = index;
        var gold = false;
        if (window.IsWord(at) && window.Chars(at).SequenceEqual("US"))
        {
            at++;
        }
        else if (window.IsWord(at, "gold"))
        {
            gold = true;
            at++;
        }

        if (!window.IsWord(at))
        {
            return false;
        }

        var word = window.Chars(at);
        if (word.Length is < 3 or > 12 || !Words.TryGetValue(word, out var found))
        {
            return false;
        }

        if (found == Marks && !scaled && !gold && word.Length == 5)
        {
            // "20 marks" is as likely to be an exam's marks as Weimar's; "132 billion gold marks" is money.
            return false;
        }

        if (found == Pounds && word.Length >= 5 && window.IsWord(at + 1, "of"))
        {
            // "5,000 pounds of explosives" is a weight.
            return false;
        }

        currency = found;
        next = at + 1;
        if (found == Pounds && word.Length >= 5 && window.IsWord(next, "sterling"))
        {
            next++;
        }

        return true;
    }

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Build(params (string Word, string Currency)[] entries)
    {
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, currency) in entries)
        {
            words.Add(word, currency);
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
