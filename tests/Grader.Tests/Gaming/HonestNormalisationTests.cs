using System.Globalization;
using Grader.Scoring;

namespace Grader.Tests.Gaming;

/// <summary>
/// Invisible and typographic characters must not change marks (issue 10, normalisation): the honest essays written
/// with soft hyphens, and with curly quotes and no-break spaces, get exactly the marks of the same text without them.
/// </summary>
public sealed class HonestNormalisationTests
{
    [Fact]
    public void Grade_HonestEssayWithSoftHyphens_SameMarksAsWithout()
    {
        var withSoftHyphens = GamingSources.Bundled.Honest("soft-hyphens").Text;
        var without = withSoftHyphens.Replace("\u00AD", string.Empty, StringComparison.Ordinal);

        Assert.Contains('\u00AD', withSoftHyphens);
        AssertSameMarks(without, withSoftHyphens);
    }

    [Fact]
    public void Grade_HonestEssayWithCurlyQuotesAndNoBreakSpaces_SameMarksAsPlainText()
    {
        var typographic = GamingSources.Bundled.Honest("curly-quotes").Text;
        var plain = typographic
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u00A0', ' ').Replace('\u2011', '-');

        Assert.NotEqual(plain, typographic);
        AssertSameMarks(plain, typographic);
    }

    private static void AssertSameMarks(string plain, string variant)
    {
        var expected = Marks(plain);
        var actual = Marks(variant);
        Assert.True(expected == actual, $"plain text: {expected}\nas written:  {actual}");
    }

    /// <summary>Status, total, every criterion's mark and the flag codes, in one comparable line.</summary>
    private static string Marks(string essay)
    {
        var result = Support.BundledScheme.Grader.Grade(essay);
        var criteria = string.Join(" ", result.Criteria.Select(c => c.Id + "=" + c.Mark.ToString(CultureInfo.InvariantCulture)));
        return $"{result.Status} {result.Total.ToString(CultureInfo.InvariantCulture)}/{result.Max.ToString(CultureInfo.InvariantCulture)} {criteria} flags: {GradedVariant.Flags(result)}";
    }
}
