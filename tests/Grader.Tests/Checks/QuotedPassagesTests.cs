using Grader.Checks;

namespace Grader.Tests.Checks;

public sealed class QuotedPassagesTests
{
    [Fact]
    public void Of_StraightAndCurlyQuotations_ReturnsThoseOfFourWordsOrMore()
    {
        const string Text = "The poet calls it \"a lonely cloud above the hills\" and later \u201Cthe bliss of solitude, the inward eye\u201D, but \"daffodils\" is one word.";

        var passages = QuotedPassages.Of(Text);

        Assert.Equal(["a lonely cloud above the hills", "the bliss of solitude, the inward eye"], passages);
    }

    [Fact]
    public void Of_QuotationOpenedWithAClosingMark_ReturnsItAll()
    {
        // Written for this test: the mark after the comma came out as a closing one, as word processors make it.
        const string Text = "The story ends as,\u201D when spring comes and the ice breaks up, I will try once more.\u201D Then it stops.";

        var passages = QuotedPassages.Of(Text);

        Assert.Equal(["when spring comes and the ice breaks up, I will try once more."], passages);
    }

    [Fact]
    public void Of_QuotationMarkNeverClosed_TakesNothingPastTheLimit()
    {
        var text = "She wrote \"" + string.Join(' ', Enumerable.Repeat("word", 400)) + " and never closed it.";

        Assert.Empty(QuotedPassages.Of(text));
    }
}
