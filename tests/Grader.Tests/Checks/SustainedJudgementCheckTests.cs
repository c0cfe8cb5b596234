using Grader.Checks;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class SustainedJudgementCheckTests
{
    private const string Thesis = "This essay argues that the Soviet Union was crucial to the People's Republic of China until 1953, but that its role became less important after Stalin died.";
    private const string Body1 = "Soviet money mattered first. In February 1950 Mao signed a treaty in Moscow that brought a loan of $300 million. Therefore Soviet support was vital to the new state's survival.";
    private const string Body2 = "However, the Communist Party's own cadres carried out land reform from 1950 with little Soviet help. This shows that the Soviet role was limited in the countryside.";
    private const string Body3 = "Stalin's pressure also drew China into Korea in October 1950. The war cost China dearly, so in this respect Soviet influence was decisive for China's foreign policy.";
    private const string Agreeing = "In conclusion, the Soviet Union was crucial until 1953 because its money, experts and protection shaped the new state, although its importance declined under Khrushchev.";
    private const string Contradicting = "In conclusion, the Soviet Union was not crucial; its aid was limited and of minor importance.";

    private static SignalBoard Run(params string[] paragraphs) => BundledScheme.RunCheck(new SustainedJudgementCheck(), Essays.Join(paragraphs));

    [Fact]
    public void Run_ThesisWithDegreeAndTimeQualifier_FullThesisQuotingIt()
    {
        var board = Run(Thesis, Body1, Body2, Body3, Agreeing);

        Assert.True(board.Get(SignalCatalog.JudgementThesis) >= 0.99);
        Assert.Contains(board.ReasonsFor(SignalCatalog.JudgementThesis), r => r.Effect == ReasonEffect.Earned && r.Quotes.Any(q => q.Text == Thesis));
    }

    [Fact]
    public void Run_ThesisWithoutTimeQualifier_LessThanFull()
    {
        var board = Run("I would argue that the role of the Soviet Union was crucial in the early years of the People's Republic.", Body1, Body2, Body3, Agreeing);

        Assert.InRange(board.Get(SignalCatalog.JudgementThesis), 0.5, 0.95);
    }

    [Fact]
    public void Run_ConclusionAgreeingWithIntroduction_Consistent()
    {
        var board = Run(Thesis, Body1, Body2, Body3, Agreeing);

        Assert.Equal(1, board.Get(SignalCatalog.JudgementConsistency));
        Assert.True(board.Get(SignalCatalog.JudgementConclusion) >= 0.75);
    }

    [Fact]
    public void Run_ConclusionContradictingIntroduction_InconsistentQuotingBoth()
    {
        var board = Run(Thesis, Body1, Body2, Body3, Contradicting);

        Assert.Equal(0, board.Get(SignalCatalog.JudgementConsistency));
        var reason = Assert.Single(board.ReasonsFor(SignalCatalog.JudgementConsistency));
        Assert.Equal(ReasonEffect.Cost, reason.Effect);
        Assert.Equal(2, reason.Quotes.Count);
    }

    [Fact]
    public void Run_OppositeButConsistentJudgement_ScoresLikeTheAgreeingOne()
    {
        var thesis = "This essay argues that the Soviet role was important but not crucial: the Chinese Communist Party's own organisation mattered far more until 1956.";
        var conclusion = "In conclusion, the Soviet Union played a limited, secondary role, because the party's cadres and land reform built the new state themselves.";

        var board = Run(thesis, Body1, Body2, Body3, conclusion);

        Assert.True(board.Get(SignalCatalog.JudgementThesis) >= 0.75);
        Assert.Equal(1, board.Get(SignalCatalog.JudgementConsistency));
    }

    [Fact]
    public void Run_BodyParagraphsEndingWithLinks_AllLinked()
    {
        var board = Run(Thesis, Body1, Body2, Body3, Agreeing);

        Assert.Equal(1, board.Get(SignalCatalog.JudgementLinks));
    }

    [Fact]
    public void Run_BodyParagraphWithoutLink_CostQuotesItsLastSentence()
    {
        var unlinked = "The First Five-Year Plan began in 1953. Soviet engineers built steel works at Anshan and a bridge over the Yangtze at Wuhan.";

        var board = Run(Thesis, Body1, unlinked, Body3, Agreeing);

        Assert.InRange(board.Get(SignalCatalog.JudgementLinks), 0.6, 0.7);
        Assert.Contains(board.ReasonsFor(SignalCatalog.JudgementLinks), r => r.Effect == ReasonEffect.Cost && r.Quotes.Single().Text.StartsWith("Soviet engineers", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_NoIntroductionOrConclusion_NoThesisAndNoConclusion()
    {
        var board = Run(Body1, Body2, Body3);

        Assert.True(board.Get(SignalCatalog.JudgementThesis) < 0.5);
        Assert.True(board.Get(SignalCatalog.JudgementConclusion) < 0.5);
        Assert.True(board.Get(SignalCatalog.JudgementConsistency) < 0.5);
    }
}
