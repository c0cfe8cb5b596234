using Grader.Checks;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class SimilarityCheckTests
{
    private static SignalBoard Run(string essay) => BundledScheme.RunCheck(new SimilarityCheck(), essay);

    [Fact]
    public void Run_StrongAnswer_CoversKeyPointsBetterThanAnOffTopicOne()
    {
        var strong = Run(Essays.Read("strong-agree"));
        var offTopic = Run(Essays.Read("off-topic"));

        Assert.True(strong.Get(SignalCatalog.SimilarityCoverage) > offTopic.Get(SignalCatalog.SimilarityCoverage) + 0.3);
        Assert.True(strong.Get(SignalCatalog.SimilarityEssay) > offTopic.Get(SignalCatalog.SimilarityEssay));
        Assert.Equal(BundledScheme.Value.AnswerKey.KeyPoints.Count, strong.KeyPoints.Count);
    }

    [Fact]
    public void Run_RawSimilarities_UncappedAndCoverageIsTheirCappedScaling()
    {
        var board = Run(Essays.Read("strong-agree"));

        foreach (var keyPoint in board.KeyPoints)
        {
            Assert.InRange(keyPoint.Similarity, 0, 1);
            Assert.Equal(Math.Min(1, keyPoint.Similarity / SimilarityCheck.CoveredAt), keyPoint.Coverage, 0.01);
        }

        Assert.Contains(board.KeyPoints, k => k.Coverage == 1 && k.Similarity > SimilarityCheck.CoveredAt);
        Assert.Equal(board.KeyPoints.Average(k => k.Similarity), board.Get(SignalCatalog.SimilarityKeyPoints), 0.002);
        Assert.Equal(board.Get(SignalCatalog.SimilarityEssay) * SimilarityCheck.EssayAt, board.Get(SignalCatalog.SimilarityCosine), 6);
    }

    [Fact]
    public void Run_KeyPointCoverage_QuotesWhereItIsCovered()
    {
        var board = Run("This essay argues that the Soviet Union was crucial.\n\n"
            + "In February 1950 the Treaty of Friendship, Alliance and Mutual Assistance gave China a loan of $300 million at 1 per cent interest over five years.\n\n"
            + "In conclusion, the Soviet Union was crucial.");

        var best = board.KeyPoints.MaxBy(k => k.Coverage)!;
        Assert.StartsWith("In February 1950", best.BestMatch!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ModelEssayErrorsAreNotInTheTrainingSet()
    {
        var resources = BundledScheme.Value.Resources;
        var paragraphs = Grader.Similarity.SimilarityTrainingSetBuilder.CleanParagraphs(BundledScheme.Value.ModelEssay!, resources, BundledScheme.Value.Analyzer);

        Assert.DoesNotContain(paragraphs, p => p.Contains("amnesty", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("very high rate of interest", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("Stalin in December of the same year", StringComparison.Ordinal));
    }
}
