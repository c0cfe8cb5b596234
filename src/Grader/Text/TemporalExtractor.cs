namespace Grader.Text;

/// <summary>
/// Finds years, months with years, full dates, year ranges and decades in a run of tokens, walking them as
/// <see cref="TemporalQuantityExtractor"/> does, so that quantities never count as years ("$1950", "1000 troops").
/// </summary>
internal static class TemporalExtractor
{
    /// <summary>Appends the time references among <c>tokens[first..end)</c> of <paramref name="text"/> to <paramref name="into"/>, in order.</summary>
    public static void Extract(string text, ReadOnlySpan<Token> tokens, int first, int end, List<TemporalMention> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        TemporalQuantityExtractor.Extract(text, tokens, first, end, into, null, null);
    }
}
