using Grader.Scoring;
using Grader.Screening;
using Grader.Tests.Support;

namespace Grader.Tests.Screening;

public sealed class PeriodScreenTests
{
    private static readonly string[] Inside =
    [
        "The treaty was signed in 1950.",
        "Stalin died in 1953.",
        "Khrushchev came to Beijing in 1954.",
        "Port Arthur was handed back in 1955.",
    ];

    private static readonly string[] Outside =
    [
        "Japan invaded China in 1937.",
        "Soviet troops entered Manchuria in 1945.",
        "The Soviet experts were recalled in 1960.",
        "Soviet and Chinese troops clashed on the Ussuri in 1969.",
    ];

    private static ScreenRun Screen(string essay) => BundledScheme.RunScreen(new PeriodScreen(), essay);

    [Theory]
    [InlineData("honest")]
    [InlineData("learner")]
    [InlineData("vague")]
    public void Screen_HonestEssay_NothingExcludedNoFlag(string name)
    {
        var run = Screen(ScreeningTexts.ByName(name));

        Assert.True(run.Board.Excluded.Count == 0 && run.Flags.Count == 0, run.ToString());
    }

    [Fact]
    public void Screen_OneParagraphOfBackgroundBefore1949_LeftAlone()
    {
        const string background = "The alliance had a long and troubled background. Stalin had backed the Guomindang in the 1920s, and in 1927 Chiang Kai-shek massacred the communists of Shanghai. "
            + "In 1945 Moscow signed a treaty with Chiang and stripped Manchuria of its factories, which Mao did not forget.";

        var run = Screen(ScreeningTexts.HonestEssayWithParagraph(background, 1));

        Assert.True(run.Board.Excluded.Count == 0 && run.Flags.Count == 0, run.ToString());
    }

    [Theory]
    [InlineData(4, 0, false)]
    [InlineData(3, 1, false)]
    [InlineData(2, 2, false)]
    [InlineData(1, 3, true)]
    [InlineData(2, 3, true)]
    [InlineData(3, 3, false)]
    public void Screen_ShareOfDatesOutsideThePeriod_MostlyOutsideFromMoreThanHalfOfFourOrMore(int inside, int outside, bool flagged)
    {
        var paragraph = string.Join(" ", Inside.Take(inside).Concat(Outside.Take(outside)));
        var essay = ScreeningTexts.Join(["Soviet help changed over these years, as the dates below show.", paragraph]);

        var run = Screen(essay);

        Assert.Equal(flagged, run.HasAdvisory(FlagCodes.OutOfPeriod));
        Assert.Equal(flagged ? [paragraph] : [], run.Excluded(ExclusionKind.OutOfPeriod));
    }

    [Fact]
    public void Screen_EssayAboutTheLaterSplit_SentToReviewAndItsParagraphsOutsideThePeriodExcluded()
    {
        const string leap = "By 1958 Mao had launched the Great Leap Forward against Soviet advice, and Khrushchev mocked the people's communes. "
            + "In 1959 Moscow tore up its promise to help China build an atomic bomb.";
        const string recall = "In July 1960 Khrushchev recalled the Soviet experts, who took their blueprints home with them. "
            + "Border clashes on the Ussuri River in 1969 brought the two states close to war.";
        var essay = ScreeningTexts.Join([ScreeningTexts.Introduction, leap, recall]);

        var run = Screen(essay);

        Assert.True(run.HasAdvisory(FlagCodes.OutOfPeriod), run.ToString());
        Assert.Equal([leap, recall], run.Excluded(ExclusionKind.OutOfPeriod));
        Assert.True(run.Keeps(ScreeningTexts.Introduction), run.ToString());
        Assert.Contains("(1949–1956)", Assert.Single(run.Flags).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_HalfTheParagraphsWhollyOutsideThePeriod_SentToReview()
    {
        var essay = ScreeningTexts.Join([string.Join(" ", Outside.Take(2)), string.Join(" ", Inside.Take(2)), string.Join(" ", Outside.Skip(2)), string.Join(" ", Inside.Skip(2))]);

        var run = Screen(essay);

        Assert.True(run.HasAdvisory(FlagCodes.OutOfPeriod), run.ToString());
    }

    [Fact]
    public void ExcludeMostlyOutside_ParagraphWithoutDates_Kept()
    {
        var facts = BundledScheme.Facts(ScreeningTexts.Join([ScreeningTexts.VagueEssay, string.Join(" ", Outside)]));
        var board = new ScreeningBoard();

        PeriodScreen.ExcludeMostlyOutside(facts, BundledScheme.Value.Resources, board);

        Assert.Equal([string.Join(" ", Outside)], board.Excluded.Select(e => facts.Document.Quote(e.Span)));
    }
}
