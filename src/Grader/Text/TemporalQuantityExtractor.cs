namespace Grader.Text;

/// <summary>
/// Finds time references, sums of money and counts in a run of tokens in one walk: at each token that may start one
/// it tries a time reference first and then a quantity, and skips what either matched, so the two never claim the
/// same characters ("$1950", "1000 troops" are not years; "14 February", "1953 to 1956" are not counts).
/// </summary>
internal static class TemporalQuantityExtractor
{
    /// <summary>
    /// Appends, in order, the time references among <c>tokens[first..end)</c> of <paramref name="text"/> to
    /// <paramref name="temporal"/>, the sums of money to <paramref name="money"/> and the counts to
    /// <paramref name="counts"/>; a null list is not wanted (the walk is the same either way). <paramref name="wordHashes"/>
    /// are the tokens' <see cref="WordHash"/>es when the tokenizer made them (empty: made when needed).
    /// </summary>
    public static void Extract(string text, ReadOnlySpan<Token> tokens, int first, int end, List<TemporalMention>? temporal, List<MoneyMention>? money, List<CountMention>? counts, ReadOnlySpan<ulong> wordHashes = default)
    {
        var window = new TemporalTokenWindow(text, tokens, first, end, wordHashes);
        var index = first;
        while (index < end)
        {
            if (!TemporalQuantityStartWords.MayStart(window, index))
            {
                index++;
            }
            else if (TemporalMatcher.TryMatch(window, index, out var time))
            {
                temporal?.Add(time.ToMention());
                index = time.Next;
            }
            else if (QuantityMatcher.TryMatch(window, index, out var quantity))
            {
                if (quantity.IsMoney)
                {
                    money?.Add(quantity.ToMoney());
                }
                else
                {
                    counts?.Add(quantity.ToCount(text));
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
