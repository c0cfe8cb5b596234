using Grader.Text;

namespace Grader.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = EssayTokenizer.Tokenize(text, Lexicon.Build([]));
        var ranges = new List<(int First, int End)>();
        SentenceSplitter.Split(text, tokens, 0, tokens.Length, ranges);
        return ranges.Select(r => text[tokens[r.First].Start..tokens[r.End - 1].End]).ToArray();
    }

    [Fact]
    public void Split_OrdinaryPunctuation_SplitsAtEachEnd()
    {
        Assert.Equal(["Mao went to Moscow.", "Was it worth it?", "Yes!"], Sentences("Mao went to Moscow. Was it worth it? Yes!"));
    }

    [Theory]
    [InlineData("Dr. Sun met Mr. Li in St. Petersburg.")]
    [InlineData("The U.S. Seventh Fleet sailed.")]
    [InlineData("J. Stalin signed it.")]
    [InlineData("The loan was $1.5 million in total.")]
    [InlineData("Aid grew (e.g. experts, i.e. engineers) quickly.")]
    public void Split_AbbreviationsInitialsAndDecimals_OneSentence(string text)
    {
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Split_ClosingQuoteAfterFullStop_StaysWithTheSentence()
    {
        Assert.Equal(["He called it “revisionism.”", "Mao agreed."], Sentences("He called it “revisionism.” Mao agreed."));
    }

    [Fact]
    public void Split_LowerCaseAfterFullStop_DoesNotSplit()
    {
        Assert.Single(Sentences("The treaty, signed in Feb. by both sides, held."));
    }
}
