using System.Collections.Frozen;

namespace Grader.Text;

/// <summary>
/// The words that can begin a time reference or a quantity: months, number words, "a", "half", "from", "between",
/// hedges ("over", "more than"), "US" and currency codes. The extractors ask this once per word before trying their
/// matchers, so the ordinary words of an essay cost one lookup each.
/// </summary>
internal static class TemporalQuantityStartWords
{
    /// <summary>
    /// The <see cref="WordHash"/> of each start word. A set of hashes is a pre-filter that cannot miss a start word, and
    /// a word that only shares a start word's hash is merely tried by the matchers, which then find nothing: so the
    /// hash alone decides, with no comparison of characters (a case-insensitive string set was 3–4 % of marking time).
    /// </summary>
    private static readonly FrozenSet<ulong> WordHashes = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "tens", "dozens", "hundreds", "thousands",
        "millions", "billions", "a", "an", "half", "from", "between", "over", "some", "about", "under", "around",
        "nearly", "almost", "roughly", "approximately", "more", "fewer", "less", "at", "up", "well", "just", "us",
        "usd", "gbp", "eur", "rmb", "cny",
    }.Select(word => WordHash.Of(word)).ToFrozenSet();

    /// <summary>
    /// Whether a match could begin at token <paramref name="index"/>: any number or symbol, a word starting with a
    /// digit ("1950s", "14th", "5m"), or one of the start words.
    /// </summary>
    public static bool MayStart(in TemporalTokenWindow window, int index)
    {
        var token = window[index];
        if (token.Kind != TokenKind.Word)
        {
            return true;
        }

        return char.IsAsciiDigit(window.Text[token.Start]) || (token.Span.Length <= 13 && WordHashes.Contains(window.WordHashOf(index)));
    }
}
