namespace Grader.Text;

/// <summary>Reads a day of the month written as an ordinal with digits: "1st", "2nd", "3rd", "14th", "31st".</summary>
internal static class TemporalDayOrdinal
{
    public static bool TryParse(ReadOnlySpan<char> word, out int day)
    {
        day = 0;
        if (word.Length is < 3 or > 4 || !char.IsAsciiDigit(word[0]))
        {
            return false;
        }

        var digits = word.Length - 2;
        if (digits == 2 && !char.IsAsciiDigit(word[1]))
        {
            return false;
        }

        var suffix = word[digits..];
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        day = digits == 1 ? word[0] - '0' : ((word[0] - '0') * 10) + (word[1] - '0');
        return day is >= 1 and <= 31;
    }
}
