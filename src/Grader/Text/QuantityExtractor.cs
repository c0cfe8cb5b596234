namespace Grader.Text;

/// <summary>
/// Finds sums of money and counts of things in a run of tokens, walking them as <see cref="TemporalQuantityExtractor"/>
/// does, so that dates and years are never counted ("14 February", "1953 to 1956").
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
        TemporalQuantityExtractor.Extract(text, tokens, first, end, null, money, counts);
    }
}
