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
    public void Of_QuotationMarkNeverClosed_TakesNothingPastTheLimit()
    {
        var text = "She wrote \"" + string.Join(' ', Enumerable.Repeat("word", 400)) + " and never closed it.";

        Assert.Empty(QuotedPassages.Of(text));
    }
}
