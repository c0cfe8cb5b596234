namespace Grader.Text;

/// <summary>
/// Finds years, months with years, full dates, year ranges and decades in a run of tokens. It walks the tokens as
/// <see cref="QuantityExtractor"/> does, trying a time reference and then a quantity at each token and skipping what
/// either matched, so the two never claim the same characters ("$1950", "1000 troops" are not years).
/// </summary>
internal static class TemporalExtractor
{
    /// <summary>Appends the time references among <c>tokens[first..end)</c> of <paramref name="text"/> to <paramref name="into"/>, in order.</summary>
    public static void Extract(string text, ReadOnlySpan<Token> tokens, int first, int end, List<TemporalMention> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var window = new TemporalTokenWindow(text, tokens, first, end);
        var index = first;
        while (index < end)
        {
            if (!TemporalQuantityStartWords.MayStart(window, index))
            {
                index++;
            }
            else if (TemporalMatcher.TryMatch(window, index, out var temporal))
            {
                into.Add(temporal.ToMention());
                index = temporal.Next;
            }
            else if (QuantityMatcher.TryMatch(window, index, out var quantity))
            {
                index = quantity.Next;
            }
            else
            {
                index++;
            }
        }
    }
}
