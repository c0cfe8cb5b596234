using Grader.Checks;
using Grader.Rubrics;
using Grader.Scoring;
using Grader.Screening;
using Grader.Tests.Support;

namespace Grader.Tests.Screening;

public sealed class TopicalityScreenTests
{
    private static ScreenRun Screen(string essay, MarkingResources? resources = null) => BundledScheme.RunScreen(new TopicalityScreen(), essay, resources);

    /// <summary>The bundled scheme's resources with a topic profile built from the question and its subject and key-concept terms only: too thin to judge meaning by.</summary>
    private static MarkingResources ThinResources()
    {
        var scheme = BundledScheme.Value;
        var topic = TopicProfile.Build(scheme.Rubric with { TopicTerms = [] }, AnswerKey.Empty, null, []);
        Assert.True(topic.IsEmpty);
        return scheme.Resources with { Topic = topic };
    }

    [Theory]
    [InlineData("honest")]
    [InlineData("vague")]
    [InlineData("learner")]
    public void Screen_HonestEssay_AllOnTopicNothingExcluded(string name)
    {
        var run = Screen(ScreeningTexts.ByName(name));

        Assert.True(run.Board.Excluded.Count == 0 && run.Flags.Count == 0, run.ToString());
        Assert.Equal(1, run.Signals[SignalCatalog.RelevanceTopicality]);
    }

    [Fact]
    public void Screen_ParagraphAboutVolcanoesPastedIn_ExcludedAndSentToReview()
    {
        var run = Screen(ScreeningTexts.HonestEssayWithParagraph(ScreeningTexts.Volcanoes));

        Assert.Equal([ScreeningTexts.Volcanoes], run.Excluded(ExclusionKind.OffTopic));
        var flag = Assert.Single(run.Flags);
        Assert.Equal(FlagCodes.OffTopic, flag.Code);
        Assert.Equal(FlagKind.Advisory, flag.Kind);
        Assert.StartsWith("Paragraph(s) 4 ", flag.Message, StringComparison.Ordinal);
        Assert.InRange(run.Signals[SignalCatalog.RelevanceTopicality], 0.7, 0.95);
    }

    [Fact]
    public void Screen_ShortOffTopicParagraphNextToAPastedOne_ExcludedWithIt()
    {
        const string tail = "Krakatoa and Vesuvius remain the best known.";
        var essay = ScreeningTexts.HonestEssayWithParagraph(ScreeningTexts.Volcanoes + "\n\n" + tail);

        var run = Screen(essay);

        Assert.Equal([ScreeningTexts.Volcanoes, tail], run.Excluded(ExclusionKind.OffTopic));
    }

    [Fact]
    public void Screen_ContextOnTheCivilWar_LeftAlone()
    {
        var run = Screen(ScreeningTexts.HonestEssayWithParagraph(ScreeningTexts.CivilWarContext, 1));

        Assert.True(run.Board.Excluded.Count == 0 && run.Flags.Count == 0, run.ToString());
    }

    [Theory]
    [InlineData("The events of 1956 in Eastern Europe showed how far the relationship had changed. When workers rioted in Poznań and Gomułka returned to power in Poland, "
        + "Mao warned Khrushchev not to send in the tanks, but when Imre Nagy tried to take Hungary out of the Warsaw Pact, Beijing urged Moscow to crush the rising. "
        + "For the first time the Chinese were advising the Soviets on the affairs of the socialist camp, rather than taking advice from them.")]
    [InlineData("After MacArthur's landing at Inchon in September 1950, United Nations forces pushed north towards the Yalu. "
        + "Truman's government ignored Zhou Enlai's warnings, and Peng Dehuai's armies struck in late October. "
        + "The fighting soon settled along the 38th parallel, where it stayed until the armistice at Panmunjom.")]
    public void Screen_WellInformedParagraphOnTheQuestion_LeftAlone(string paragraph)
    {
        var run = Screen(ScreeningTexts.HonestEssayWithParagraph(paragraph, 5));

        Assert.True(run.Board.Excluded.Count == 0 && run.Flags.Count == 0, run.ToString());
    }

    [Fact]
    public void Screen_VagueParagraphWithoutNames_LeftAlone()
    {
        const string vague = "Many things changed in those years, and not all of them were planned by anyone. "
            + "People had to get used to new ways of working, and some found this easier than others. It took time.";

        var run = Screen(ScreeningTexts.HonestEssayWithParagraph(vague));

        Assert.True(run.Board.Excluded.Count == 0 && run.Flags.Count == 0, run.ToString());
    }

    [Fact]
    public void Screen_EssayOnAnotherSubjectThatNamesTheSubject_EveryParagraphExcludedAsMostlyOffTopic()
    {
        var paragraphs = ScreeningTexts.FrenchRevolutionNamingTheSubject;

        var run = Screen(ScreeningTexts.Join(paragraphs));

        Assert.Equal(paragraphs, run.Excluded(ExclusionKind.OffTopic));
        var flag = Assert.Single(run.Flags);
        Assert.StartsWith("The essay is mostly about something else", flag.Message, StringComparison.Ordinal);
        Assert.Equal(0, run.Signals[SignalCatalog.RelevanceTopicality]);
    }

    [Fact]
    public void Screen_AlreadyExcludedParagraph_NotJudgedAgain()
    {
        var facts = BundledScheme.Facts(ScreeningTexts.HonestEssayWithParagraph(ScreeningTexts.Volcanoes));
        var board = new ScreeningBoard();
        board.Exclude(facts.Document.Paragraphs[3].Span, ExclusionKind.Repetition, "excluded earlier");

        new TopicalityScreen().Screen(facts, BundledScheme.Value.Resources, board);

        Assert.Single(board.Excluded);
        Assert.False(board.HasAdvisory(FlagCodes.OffTopic));
    }

    [Fact]
    public void Screen_ThinReferenceTextsAndAnEssayOnAnotherSubject_FlaggedButNothingExcluded()
    {
        var run = Screen(ScreeningTexts.Join([ScreeningTexts.Volcanoes, ScreeningTexts.MoreVolcanoes]), ThinResources());

        Assert.Empty(run.Board.Excluded);
        var flag = Assert.Single(run.Flags);
        Assert.Equal(FlagCodes.OffTopic, flag.Code);
        Assert.Contains("Only 0 of 2 paragraphs", flag.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("honest")]
    [InlineData("vague")]
    public void Screen_ThinReferenceTextsAndAnHonestEssay_NoFlag(string name)
    {
        var run = Screen(ScreeningTexts.ByName(name), ThinResources());

        Assert.Empty(run.Flags);
    }
}
