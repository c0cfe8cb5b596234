using Grader.Checks;
using Grader.Scoring;
using Grader.Screening;
using Grader.Tests.Support;

namespace Grader.Tests.Screening;

public sealed class CoherenceScreenTests
{
    private static ScreenRun Screen(string essay) => BundledScheme.RunScreen(new CoherenceScreen(), essay);

    /// <summary>The words of <paramref name="paragraph"/> shuffled (fixed seed) into sentence-shaped chunks of nine words.</summary>
    private static string WordSalad(string paragraph, int seed)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',', ';')).ToArray();
        new Random(seed).Shuffle(words);
        var sentences = words.Chunk(9).Select(chunk => char.ToUpperInvariant(chunk[0][0]) + string.Join(' ', chunk)[1..] + ".");
        return string.Join(' ', sentences);
    }

    /// <summary>The honest essay's sentences shuffled across the whole essay (fixed seed), each paragraph keeping its number of sentences.</summary>
    private static string SentencesShuffled(int seed)
    {
        var document = BundledScheme.Analyze(ScreeningTexts.HonestEssay);
        var sentences = document.Sentences.Select(s => document.Quote(s.Span)).ToArray();
        new Random(seed).Shuffle(sentences);
        var paragraphs = new List<string>();
        var next = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            paragraphs.Add(string.Join(' ', sentences[next..(next + paragraph.SentenceCount)]));
            next += paragraph.SentenceCount;
        }

        return ScreeningTexts.Join(paragraphs);
    }

    [Theory]
    [InlineData("honest")]
    [InlineData("vague")]
    [InlineData("learner")]
    public void Screen_HonestEssay_CoherentNothingExcludedNoFlag(string name)
    {
        var run = Screen(ScreeningTexts.ByName(name));

        Assert.True(run.Board.Excluded.Count == 0 && run.Flags.Count == 0, run.ToString());
        Assert.True(run.Signals[SignalCatalog.StructureCoherence] >= 0.5, $"coherence {run.Signals[SignalCatalog.StructureCoherence]}");
    }

    [Theory]
    [MemberData(nameof(ScreeningTexts.EachHonestParagraph), MemberType = typeof(ScreeningTexts))]
    [InlineData(ScreeningTexts.CivilWarContext)]
    public void ImpossiblePairs_HonestParagraph_None(string paragraph)
    {
        var document = BundledScheme.Analyze(paragraph);

        Assert.Equal(0, CoherenceScreen.ImpossiblePairs(document, document.Paragraphs[0], BundledScheme.Value.Resources.Vocabulary.GrammarClassOfWord, out var firstAt));
        Assert.Null(firstAt);
    }

    [Fact]
    public void ImpossiblePairs_ParagraphTypedInCapitals_None()
    {
        var document = BundledScheme.Analyze(ScreeningTexts.Korea.ToUpperInvariant());

        Assert.Equal(0, CoherenceScreen.ImpossiblePairs(document, document.Paragraphs[0], BundledScheme.Value.Resources.Vocabulary.GrammarClassOfWord, out _));
    }

    [Fact]
    public void Screen_ShortAnswerWithTwoTyposThatMakeImpossiblePairs_NotWordSalad()
    {
        // "The are" for "They are", twice, in under a hundred words: a weak writer's slips, not shuffled words.
        const string answer = "The Soviet Union mattered a great deal to China after 1949. The are many reasons for this, and the treaty of 1950 "
            + "is the first of them because it gave China money and protection. Soviet experts came to build factories in the First "
            + "Five-Year Plan. The are also the Korean War, when Stalin sent weapons. So the Soviet role was crucial until 1953, "
            + "when Stalin died and things began to change between the two countries.";

        var run = Screen(answer);

        Assert.Empty(run.Excluded(ExclusionKind.Incoherent));
        Assert.DoesNotContain(run.Flags, f => f.Code == FlagCodes.Incoherent);
    }

    [Fact]
    public void Screen_RunOnAnswerWithoutFullStops_NotWordSalad()
    {
        // A writer who leaves out full stops starts each new sentence with a capital inside the last one, where a
        // shuffled sentence's first word lands too; the word pairs themselves are English.
        const string answer = "The Soviet Union helped China a lot after 1949 The treaty of 1950 gave money and protection It was signed in Moscow "
            + "Then Soviet experts came to build factories They worked on the First Five-Year Plan And China learned how to plan "
            + "its industry She also had weapons from the Soviets in the Korean War So the help was crucial until Stalin died in "
            + "1953 Then Khrushchev changed things and the two countries began to argue about the road to communism";

        var run = Screen(answer);

        Assert.Empty(run.Excluded(ExclusionKind.Incoherent));
        Assert.DoesNotContain(run.Flags, f => f.Code == FlagCodes.Incoherent);
    }

    [Fact]
    public void Screen_WordSaladMadeFromAParagraphPastedIn_ThatParagraphExcluded()
    {
        var salad = WordSalad(ScreeningTexts.Economy, 1);

        var run = Screen(ScreeningTexts.HonestEssayWithParagraph(salad));

        Assert.Equal([salad], run.Excluded(ExclusionKind.Incoherent));
        Assert.True(run.Signals[SignalCatalog.StructureCoherence] < 0.9, $"coherence {run.Signals[SignalCatalog.StructureCoherence]}");
    }

    [Fact]
    public void Screen_EssayOfWordSalad_AllExcludedAndSentToReview()
    {
        var salad = ScreeningTexts.HonestParagraphs.Select((p, i) => WordSalad(p, 10 + i)).ToArray();

        var run = Screen(ScreeningTexts.Join(salad));

        Assert.Equal(salad, run.Excluded(ExclusionKind.Incoherent));
        var flag = Assert.Single(run.Flags);
        Assert.Equal(FlagCodes.Incoherent, flag.Code);
        Assert.Equal(FlagKind.Advisory, flag.Kind);
        Assert.Equal(0, run.Signals[SignalCatalog.StructureCoherence]);
    }

    [Fact]
    public void OrderCoherence_HonestEssay_WellAboveChance()
    {
        var facts = BundledScheme.Facts(ScreeningTexts.HonestEssay);

        var z = CoherenceScreen.OrderCoherence(facts, BundledScheme.Value.Resources.Vocabulary, new ScreeningBoard());

        Assert.NotNull(z);
        Assert.True(z >= 1.0, $"z = {z}");
    }

    [Theory]
    [MemberData(nameof(ScreeningTexts.EachHonestParagraph), MemberType = typeof(ScreeningTexts))]
    public void Screen_WordSaladOfOneParagraphPastedIn_ExcludedForFourOfFiveShuffles(string paragraph)
    {
        // One paragraph of 60–90 words shuffled makes two to six impossible pairs; from three (and 2.5 % of the words) it
        // is word salad. Two were enough once, but two typos ("The are…") in a weak writer's short answer make two as
        // well: the screen gives up some single shuffled paragraphs to leave honest weak writing alone.
        var excluded = Enumerable.Range(1, 20).Count(seed => Screen(ScreeningTexts.HonestEssayWithParagraph(WordSalad(paragraph, seed))).Board.Excluded.Count > 0);

        Assert.True(excluded >= 16, $"{excluded} of 20 shuffles excluded");
    }

    [Fact]
    public void Screen_HonestSentencesShuffledAcrossParagraphs_SentToReviewAsNotFollowing()
    {
        var run = Screen(SentencesShuffled(1));

        Assert.Empty(run.Board.Excluded);
        var flag = Assert.Single(run.Flags);
        Assert.Equal(FlagCodes.Incoherent, flag.Code);
        Assert.StartsWith("The sentences do not follow from each other", flag.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A shuffled essay stands at chance, so its order coherence is roughly a standard normal draw: below the threshold
    /// of 1.2 about 88% of the time. A stricter threshold (1.65, for 95%) was measured and rejected: the bundled honest
    /// script S010 stands at 1.3 and would go to review (docs/gaming-resistance.md).
    /// </summary>
    [Fact]
    public void Screen_HonestSentencesShuffledAcrossParagraphs_SeventeenOfTwentyShufflesSentToReview()
    {
        var flagged = Enumerable.Range(1, 20).Count(seed => Screen(SentencesShuffled(seed)).HasAdvisory(FlagCodes.Incoherent));

        Assert.True(flagged >= 17, $"{flagged} of 20 shuffles sent to review");
    }

    [Fact]
    public void OrderCoherence_TooFewSentencesToTell_Null()
    {
        var facts = BundledScheme.Facts(ScreeningTexts.Join([ScreeningTexts.Introduction, ScreeningTexts.Conclusion]));

        Assert.Null(CoherenceScreen.OrderCoherence(facts, BundledScheme.Value.Resources.Vocabulary, new ScreeningBoard()));
    }
}
