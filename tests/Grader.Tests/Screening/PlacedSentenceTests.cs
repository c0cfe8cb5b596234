using Grader.Screening;
using Grader.Tests.Support;

namespace Grader.Tests.Screening;

public sealed class PlacedSentenceTests
{
    private static PlacedSentence Place(string paragraph, int sentence) =>
        PlacedSentence.Of(BundledScheme.Facts(paragraph), sentence, BundledScheme.Value.Resources.Vocabulary);

    private const string Paragraph =
        "This was why Mao went to Moscow. However, Stalin kept him waiting for weeks. Secondly, the loan of 1950 was small. "
        + "Mao signed the treaty in February 1950. In conclusion, Moscow gave less than Mao hoped.";

    [Fact]
    public void Of_SentenceOpeningOnThis_ScoresBadlyAsTheEssaysFirst()
    {
        Assert.Equal(-2, Place(Paragraph, 0).AsEssayOpener);
    }

    [Fact]
    public void Of_SentenceTurningTheArgument_ScoresAsAParagraphOpener()
    {
        var placed = Place(Paragraph, 1);

        Assert.Equal(1, placed.AsParagraphOpener);
        Assert.True(placed.HasCue);
    }

    [Fact]
    public void Of_SentenceCountingAStep_CarriesItsStepAndYear()
    {
        var placed = Place(Paragraph, 2);

        Assert.Equal(2, placed.Step);
        Assert.Equal(1950, placed.Year);
    }

    [Fact]
    public void Of_SentenceWithNoCue_HasNoCueButItsYear()
    {
        var placed = Place(Paragraph, 3);

        Assert.False(placed.HasCue);
        Assert.Equal(1950, placed.Year);
    }

    [Fact]
    public void Of_SummaryOpener_ScoresInTheLastParagraph()
    {
        Assert.True(Place(Paragraph, 4).InLastParagraph >= 2);
    }
}
