using System.Collections.Frozen;

namespace Grader.Text;

/// <summary>English month names and their usual abbreviations, looked up without allocating.</summary>
internal static class MonthNames
{
    private static readonly FrozenDictionary<string, MonthName> Names = new Dictionary<string, MonthName>(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = new(1, false, false),
        ["February"] = new(2, false, false),
        ["March"] = new(3, false, true),
        ["April"] = new(4, false, false),
        ["May"] = new(5, false, true),
        ["June"] = new(6, false, false),
        ["July"] = new(7, false, false),
        ["August"] = new(8, false, false),
        ["September"] = new(9, false, false),
        ["October"] = new(10, false, false),
        ["November"] = new(11, false, false),
        ["December"] = new(12, false, false),
        ["Jan"] = new(1, true, true),
        ["Feb"] = new(2, true, true),
        ["Mar"] = new(3, true, true),
        ["Apr"] = new(4, true, true),
        ["Jun"] = new(6, true, true),
        ["Jul"] = new(7, true, true),
        ["Aug"] = new(8, true, true),
        ["Sep"] = new(9, true, true),
        ["Sept"] = new(9, true, true),
        ["Oct"] = new(10, true, true),
        ["Nov"] = new(11, true, true),
        ["Dec"] = new(12, true, true),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, MonthName>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a month name in any case (for rules that only need to know).</summary>
    public static bool IsMonthWord(ReadOnlySpan<char> word) => word.Length is >= 3 and <= 9 && Lookup.ContainsKey(word);

    /// <summary>
    /// Reads a month at token <paramref name="index"/> ("October", "Oct", "Oct."), giving the month and the index
    /// of the token after it.
    /// </summary>
    public static bool TryRead(in TemporalTokenWindow window, int index, out int month, out int next)
    {
        month = 0;
        next = index;
        if (!window.IsWord(index))
        {
            return false;
        }

        var word = window.Chars(index);
        if (word.Length is < 3 or > 9 || !Lookup.TryGetValue(word, out var name))
        {
            return false;
        }

        if (name.NeedsCapital && !window.StartsUpper(index))
        {
            return false;
        }

        month = name.Month;
        next = index + 1;
        if (name.IsAbbreviation && window.IsSymbol(next, '.') && window.TouchesNext(index))
        {
            next++;
        }

        return true;
    }
}
