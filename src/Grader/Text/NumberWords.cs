using System.Collections.Frozen;

namespace Grader.Text;

/// <summary>
/// English number words: cardinals ("one" … "ninety"), scales ("hundred", "million", "dozen"), the scales written
/// after digits ("300 million", "$5 bn") and the plural scales of vague counts ("thousands of"). Ordinals
/// ("first", "second") are deliberately absent: they never count anything.
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Cardinals = Build(
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90));

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ScaleWords = Build(
        ("dozen", 12), ("hundred", 100), ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000));

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DigitScales = Build(
        ("thousand", 1_000), ("million", 1_000_000), ("mn", 1_000_000), ("billion", 1_000_000_000), ("bn", 1_000_000_000));

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PluralScales = Build(
        ("tens", 10), ("dozens", 12), ("hundreds", 100), ("thousands", 1_000), ("millions", 1_000_000),
        ("billions", 1_000_000_000));

    /// <summary>"one" … "nineteen" and the tens "twenty" … "ninety".</summary>
    public static bool TryGetCardinal(ReadOnlySpan<char> word, out int value) => TryGet(Cardinals, word, out value);

    /// <summary>"dozen", "hundred", "thousand", "million", "billion" after a cardinal or "a".</summary>
    public static bool TryGetScale(ReadOnlySpan<char> word, out int value) => TryGet(ScaleWords, word, out value);

    /// <summary>"thousand", "million", "mn", "billion", "bn" after digits.</summary>
    public static bool TryGetDigitScale(ReadOnlySpan<char> word, out int value) => TryGet(DigitScales, word, out value);

    /// <summary>"tens", "dozens", "hundreds", "thousands", "millions", "billions" (before "of").</summary>
    public static bool TryGetPluralScale(ReadOnlySpan<char> word, out int value) => TryGet(PluralScales, word, out value);

    /// <summary>
    /// The scale of a suffix written onto digits after a currency sign: "m" (million), "bn" or "b" (billion),
    /// "k" (thousand), as in "$300m", "£5bn".
    /// </summary>
    public static bool TryGetSuffixScale(ReadOnlySpan<char> suffix, out int value)
    {
        value = suffix.Length switch
        {
            1 when suffix[0] is 'm' or 'M' => 1_000_000,
            1 when suffix[0] is 'b' or 'B' => 1_000_000_000,
            1 when suffix[0] is 'k' or 'K' => 1_000,
            2 when suffix.Equals("bn", StringComparison.OrdinalIgnoreCase) => 1_000_000_000,
            2 when suffix.Equals("mn", StringComparison.OrdinalIgnoreCase) => 1_000_000,
            _ => 0,
        };
        return value != 0;
    }

    private static bool TryGet(FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> table, ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        return word.Length is >= 2 and <= 9 && table.TryGetValue(word, out value);
    }

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Build(params (string Word, int Value)[] entries)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in entries)
        {
            words.Add(word, value);
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
