namespace Grader.Text;

/// <summary>
/// Finds sums of money and counts of things in a run of tokens. It walks the tokens as <see cref="TemporalExtractor"/>
/// does, trying a time reference first and then a quantity at each token and skipping what either matched, so dates
/// and years are never counted ("14 February", "1953 to 1956").
/// </summary>
internal static class QuantityExtractor
{
    /// <summary>
    /// Appends the sums of money among <c>tokens[first..end)</c> of <paramref name="text"/> to <paramref name="money"/> and
    /// the counts to <paramref name="counts"/>, each in order.
    /// </summary>
    public static void Extract(string text, ReadOnlySpan<Token> tokens, int first, int end, List<MoneyMention> money, List<CountMention> counts)
    {
        ArgumentNullException.ThrowIfNull(money);
        ArgumentNullException.ThrowIfNull(counts);
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
                index = temporal.Next;
            }
            else if (QuantityMatcher.TryMatch(window, index, out var quantity))
            {
                if (quantity.IsMoney)
                {
                    money.Add(quantity.ToMoney());
                }
                else
                {
                    counts.Add(quantity.ToCount(text));
                }

                index = quantity.Next;
            }
            else
            {
                index++;
            }
        }
    }
}
