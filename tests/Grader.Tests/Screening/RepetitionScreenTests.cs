using Grader.Scoring;
using Grader.Screening;
using Grader.Tests.Support;

namespace Grader.Tests.Screening;

public sealed class RepetitionScreenTests
{
    private static ScreenRun Screen(string essay) => BundledScheme.RunScreen(new RepetitionScreen(), essay);

    /// <summary>The honest essay with <paramref name="sentence"/> added at the end of each of its body paragraphs, <paramref name="times"/> of them.</summary>
    private static string WithSentenceInParagraphs(string sentence, int times)
    {
        var paragraphs = ScreeningTexts.HonestParagraphs;
        for (var p = 1; p <= times; p++)
        {
            paragraphs[p] += " " + sentence;
        }

        return ScreeningTexts.Join(paragraphs);
    }

    [Theory]
    [InlineData("honest")]
    [InlineData("learner")]
    public void Screen_HonestEssay_NothingExcludedNoFlag(string name)
    {
        var run = Screen(ScreeningTexts.ByName(name));

        Assert.Empty(run.Board.Excluded);
        Assert.Empty(run.Flags);
    }

    [Fact]
    public void Screen_VagueButHonestEssay_NothingExcludedNoFlag()
    {
        var run = Screen(ScreeningTexts.VagueEssay);

        Assert.True(run.Board.Excluded.Count == 0 && run.Flags.Count == 0, run.ToString());
    }

    [Theory]
    [InlineData("Soviet engineers rebuilt the Anshan steel works with their own blueprints.")]
    [InlineData("Stalin was crucial.")]
    [InlineData("Moscow mattered.")]
    public void Screen_SentenceWrittenFourTimes_EveryCopyExcludedAndSentToReview(string sentence)
    {
        var run = Screen(WithSentenceInParagraphs(sentence, 4));

        Assert.Equal([true, true, true, true], run.ExcludedAt(sentence));
        Assert.All(run.Excluded(ExclusionKind.Repetition), text => Assert.Equal(sentence, text));
        Assert.True(run.HasAdvisory(FlagCodes.Repetition), run.ToString());
    }

    [Fact]
    public void Screen_SentenceWrittenTwiceInALongEssay_OnlyTheRepeatExcludedAndNoFlag()
    {
        const string sentence = "Soviet engineers rebuilt the Anshan steel works with their own blueprints.";

        var run = Screen(WithSentenceInParagraphs(sentence, 2));

        Assert.Equal([false, true], run.ExcludedAt(sentence));
        Assert.False(run.HasAdvisory(FlagCodes.Repetition), run.ToString());
    }

    [Fact]
    public void Screen_SentenceRepeatedInAShortAnswer_SentToReviewForTheShareRepeated()
    {
        const string sentence = "Soviet loans paid for new factories in Manchuria.";
        var essay = ScreeningTexts.Conclusion + " " + sentence + "\n\nStalin's death in 1953 changed little at first. " + sentence;

        var run = Screen(essay);

        Assert.True(run.HasAdvisory(FlagCodes.Repetition), run.ToString());
    }

    [Fact]
    public void Screen_ParagraphLargelyRepeated_LaterCopyExcludedAndSentToReview()
    {
        var reworded = ScreeningTexts.Economy.Replace("Economic help was probably the most lasting contribution.", "Industry is where Moscow left the deepest trace.", StringComparison.Ordinal);
        var paragraphs = ScreeningTexts.HonestParagraphs.Append(reworded);

        var run = Screen(ScreeningTexts.Join(paragraphs));

        Assert.True(run.Excludes(reworded), run.ToString());
        Assert.True(run.Keeps(ScreeningTexts.Economy), run.ToString());
        Assert.True(run.HasAdvisory(FlagCodes.Repetition), run.ToString());
    }

    [Fact]
    public void Screen_QuestionCopiedAsAHeadingFourTimes_SentToReviewButTheProseKept()
    {
        const string heading = "Soviet help and the young People's Republic";
        var essay = ScreeningTexts.Join(ScreeningTexts.HonestParagraphs.Take(4).SelectMany(p => new[] { heading, p }));

        var run = Screen(essay);

        Assert.True(run.HasAdvisory(FlagCodes.Repetition), run.ToString());
        Assert.True(run.Keeps(ScreeningTexts.Korea), run.ToString());
    }

    [Theory]
    [InlineData(
        "The Treaty of Friendship in 1950 clearly proves that Soviet help was decisive for Mao's new state.",
        "The Korean War in 1950 clearly proves that Soviet help was decisive for Mao's new state.",
        "The First Five-Year Plan in 1953 clearly proves that Soviet help was decisive for Mao's new state.",
        "Khrushchev's visit to Beijing in 1954 clearly proves that Soviet help was decisive for Mao's new state.",
        "The return of Port Arthur in 1955 clearly proves that Soviet help was decisive for Mao's new state.")]
    [InlineData(
        "Because Stalin sent experts in 1950, the role of Moscow was extremely important for the Chinese economy.",
        "Because Moscow lent $300 million in 1950, the role of the loan was extremely important for the Chinese economy.",
        "Because the Anshan works reopened in 1953, the role of Soviet design was extremely important for the Chinese economy.",
        "Because Khrushchev returned Port Arthur in 1955, the role of diplomacy was extremely important for the Chinese economy.",
        "Because 156 projects were planned, the role of Soviet engineers was extremely important for the Chinese economy.")]
    public void Screen_FiveSentencesOnOneSkeleton_AllExcludedAsTemplatesAndSentToReview(string a, string b, string c, string d, string e)
    {
        string[] templated = [a, b, c, d, e];
        var essay = ScreeningTexts.Join([ScreeningTexts.Introduction, string.Join(" ", templated), ScreeningTexts.Conclusion]);

        var run = Screen(essay);

        Assert.All(templated, sentence => Assert.True(run.Excludes(sentence), $"{sentence}\n{run}"));
        Assert.True(run.HasAdvisory(FlagCodes.Templated), run.ToString());
        Assert.True(run.Keeps("Moscow supplied recognition, a military alliance, credit and thousands of experts"), run.ToString());
    }

    [Fact]
    public void Screen_ThreeTemplateSentencesInAShortAnswer_ExcludedAsTemplates()
    {
        string[] templated =
        [
            "The alliance of 1950 clearly proves that Soviet help was decisive for Mao's new state.",
            "The war in Korea clearly proves that Soviet help was decisive for Mao's new state.",
            "The plan of 1953 clearly proves that Soviet help was decisive for Mao's new state.",
        ];
        var essay = ScreeningTexts.Join([ScreeningTexts.Introduction, string.Join(" ", templated), ScreeningTexts.Conclusion]);

        var run = Screen(essay);

        Assert.All(templated, sentence => Assert.True(run.Excludes(sentence), $"{sentence}\n{run}"));
        Assert.True(run.HasAdvisory(FlagCodes.Templated), run.ToString());
    }

    [Fact]
    public void Screen_TemplatesASmallShareOfALongEssay_NotExcluded()
    {
        var essay = ScreeningTexts.HonestEssay
            .Replace("Diplomatic support came first.", "Diplomatic support came first. The alliance of 1950 clearly proves that Soviet help was decisive for Mao's new state.", StringComparison.Ordinal)
            .Replace("The Korean War tested the alliance.", "The Korean War tested the alliance. The war of 1950 clearly proves that Soviet help was decisive for Mao's new state.", StringComparison.Ordinal)
            .Replace("Economic help was probably the most lasting contribution.", "Economic help was probably the most lasting contribution. The plan of 1953 clearly proves that Soviet help was decisive for Mao's new state.", StringComparison.Ordinal);

        var run = Screen(essay);

        Assert.Empty(run.Excluded(ExclusionKind.Template));
        Assert.False(run.HasAdvisory(FlagCodes.Templated), run.ToString());
    }

    [Fact]
    public void Screen_ThisShowsThatUsedTwice_LeftAlone()
    {
        var paragraphs = ScreeningTexts.HonestParagraphs;
        paragraphs[2] += " This shows that Soviet weapons kept the Chinese army in the field.";
        paragraphs[3] += " This shows that Soviet expertise shaped the whole of Chinese industry.";

        var run = Screen(ScreeningTexts.Join(paragraphs));

        Assert.Empty(run.Board.Excluded);
        Assert.Empty(run.Flags);
    }

    private static readonly string[] PaddingSentences =
    [
        "It is important to note that this was very important for everyone.",
        "There were many different reasons for what happened at that time.",
        "Some people think one thing and other people think another thing.",
        "This is something that has to be considered very carefully here.",
        "All of these things show that it was a very significant matter.",
    ];

    private static string EssayWithPadding => ScreeningTexts.Join([ScreeningTexts.Introduction, string.Join(" ", PaddingSentences), ScreeningTexts.Conclusion]);

    [Fact]
    public void Screen_ManyPaddingSentences_ExcludedAsPaddingAndSentToReview()
    {
        var run = Screen(EssayWithPadding);

        Assert.All(PaddingSentences, sentence => Assert.True(run.Excludes(sentence), $"{sentence}\n{run}"));
        Assert.True(run.HasAdvisory(FlagCodes.Templated), run.ToString());
    }

    [Fact]
    public void Screen_ManyPaddingSentencesUnderARubricThatWeighsNoEvidence_NothingExcluded()
    {
        // A rubric of development, content and language (a story, a letter): sentences naming nothing rare are its
        // ordinary texture, not padding.
        var rubric = BundledScheme.Value.Rubric;
        var withoutEvidence = rubric with
        {
            Criteria = rubric.Criteria.Select(c => c with
            {
                Signals = c.Signals.Where(s => !s.Signal.StartsWith("evidence.", StringComparison.Ordinal)).ToArray(),
                Caps = c.Caps.Where(cap => !cap.When.Any(w => w.Signal.StartsWith("evidence.", StringComparison.Ordinal))).ToArray(),
            }).ToArray(),
        };

        var run = BundledScheme.RunScreen(new RepetitionScreen(), EssayWithPadding, BundledScheme.Value.Resources with { Rubric = withoutEvidence });

        Assert.True(RepetitionScreen.WeighsSpecifics(rubric));
        Assert.False(RepetitionScreen.WeighsSpecifics(withoutEvidence));
        Assert.Empty(run.Board.Excluded);
        Assert.False(run.HasAdvisory(FlagCodes.Templated), run.ToString());
    }

    [Theory]
    [InlineData("Stalin died in March 1953 and the alliance changed.", false)]
    [InlineData("It is important to note that this was very important for everyone.", true)]
    [InlineData("The Russians helped a great deal in those years.", false)]
    [InlineData("That helped.", false)]
    public void IsPadding_Sentence_TrueOnlyWithNothingSpecificInIt(string sentence, bool padding)
    {
        var facts = BundledScheme.Facts(ScreeningTexts.Introduction + " " + sentence);
        var index = facts.Document.Sentences.Count - 1;

        var words = BundledScheme.Value.Resources.Topic.WordsOf(facts.Document, BundledScheme.Value.Resources.Vocabulary.IsFrameWord);

        Assert.Equal(padding, RepetitionScreen.IsPadding(facts, index, words));
    }
}
