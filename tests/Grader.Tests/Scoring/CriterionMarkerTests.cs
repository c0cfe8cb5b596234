using Grader.Checks;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

public sealed class CriterionMarkerTests
{
    [Theory]
    [InlineData(250, 250, 1.0)]
    [InlineData(251, 250, 1.0)]
    [InlineData(900, 250, 1.0)]
    [InlineData(0, 250, 0.0)]
    [InlineData(-3, 250, 0.0)]
    [InlineData(125, 250, 0.5946)]
    [InlineData(25, 250, 0.1778)]
    [InlineData(10, 0, 1.0)]
    public void AmountFactor_ProseWordsAgainstTheTooShortLength_ShareWrittenToThePowerThreeQuarters(int words, int tooShortBelow, double factor)
    {
        Assert.Equal(factor, CriterionMarker.AmountFactor(words, tooShortBelow), 4);
    }

    [Fact]
    public void AmountFactor_BelowTheTooShortLength_RisesWithEveryWordAndStaysBelowOne()
    {
        for (var words = 0; words < 250; words++)
        {
            Assert.True(CriterionMarker.AmountFactor(words, 250) < CriterionMarker.AmountFactor(words + 1, 250), $"at {words} words");
            Assert.True(CriterionMarker.AmountFactor(words, 250) < 1);
        }
    }

    [Fact]
    public void Mark_AmountFactorBelowOne_ScalesTheScoreAndSaysWhy()
    {
        var criterion = BundledScheme.Value.Rubric.Criteria.Single(c => c.Id == "analysis") with { Caps = [] };
        var board = new SignalBoard(BundledScheme.Analyze("Soviet credit mattered because the new state had almost nothing of its own in 1950."));
        foreach (var signal in criterion.Signals)
        {
            board.Set(signal.Signal, 1);
        }

        var full = CriterionMarker.Mark(criterion, board);
        var scaled = CriterionMarker.Mark(criterion, board, 0.5);

        Assert.Equal(1, full.Score);
        Assert.Equal(0.5, scaled.Score);
        Assert.True(scaled.Mark < full.Mark, $"{scaled.Mark} against {full.Mark}");
        Assert.DoesNotContain(full.Reasons, r => r.Signal == "amount");
        var reason = Assert.Single(scaled.Reasons, r => r.Signal == "amount");
        Assert.Equal(ReasonEffect.Cost, reason.Effect);
        Assert.Contains("Scaled to 50 %", reason.Message, StringComparison.Ordinal);
    }
}
