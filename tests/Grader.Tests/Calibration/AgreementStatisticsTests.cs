using Grader.Calibration;

namespace Grader.Tests.Calibration;

public sealed class AgreementStatisticsTests
{
    [Fact]
    public void QuadraticWeightedKappa_IdenticalMarks_IsOne()
    {
        Assert.Equal(1.0, AgreementStatistics.QuadraticWeightedKappa([0, 1, 2, 3], [0, 1, 2, 3], 0, 3), 12);
    }

    [Fact]
    public void QuadraticWeightedKappa_TwoByTwoMatrix_MatchesHandComputation()
    {
        // O = [[1,1],[0,2]] / 4; rows 2,2; columns 1,3: observed 0.25, expected (2·3 + 2·1)/16 = 0.5 → 1 − 0.25/0.5.
        Assert.Equal(0.5, AgreementStatistics.QuadraticWeightedKappa([0, 0, 1, 1], [0, 1, 1, 1], 0, 1), 12);
    }

    [Fact]
    public void QuadraticWeightedKappa_ThreeMarkScale_MatchesHandComputation()
    {
        // Observed Σw·O = (¼ + ¼)/4 = 0.125; expected Σw·r·c/16 = 5.5/16 = 0.34375; 1 − 0.125/0.34375 = 7/11.
        Assert.Equal(7.0 / 11.0, AgreementStatistics.QuadraticWeightedKappa([0, 1, 2, 2], [0, 2, 2, 1], 0, 2), 12);
    }

    [Fact]
    public void CohenKappa_TwoByTwoMatrix_MatchesHandComputation()
    {
        // p_o = 0.75, p_e = (2·1 + 2·3)/16 = 0.5.
        Assert.Equal(0.5, AgreementStatistics.CohenKappa([0, 0, 1, 1], [0, 1, 1, 1], 0, 1), 12);
    }

    [Fact]
    public void QuadraticWeightedKappa_BothConstantAndEqual_IsOne()
    {
        Assert.Equal(1.0, AgreementStatistics.QuadraticWeightedKappa([2, 2, 2], [2, 2, 2], 0, 4), 12);
    }

    [Fact]
    public void Ranks_Ties_ShareTheirMeanRank()
    {
        Assert.Equal([1, 2.5, 2.5, 4], AgreementStatistics.Ranks([10, 20, 20, 30]));
    }

    [Fact]
    public void Spearman_WithTies_IsPearsonOfMeanRanks()
    {
        // Ranks x = 1, 2.5, 2.5, 4 and y = 1, 3, 2, 4: Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5 → 4.5 / √22.5.
        Assert.Equal(4.5 / Math.Sqrt(22.5), AgreementStatistics.Spearman([1, 2, 2, 3], [1, 3, 2, 4]), 12);
    }

    [Fact]
    public void Pearson_PerfectLine_IsOne()
    {
        Assert.Equal(1.0, AgreementStatistics.Pearson([1, 2, 3, 4], [3, 5, 7, 9]), 12);
    }

    [Fact]
    public void StandardisedMeanDifference_OneMarkMoreWithUnitSpread_IsOneAndUsesThePooledSd()
    {
        Assert.Equal(1.0, AgreementStatistics.StandardisedMeanDifference([1, 2, 3], [2, 3, 4]), 12);

        // SD teacher 1, SD engine 2: pooled √((1 + 4)/2).
        Assert.Equal(1 / Math.Sqrt(2.5), AgreementStatistics.StandardisedMeanDifference([1, 2, 3], [1, 3, 5]) , 12);
    }

    [Fact]
    public void RootMeanSquaredError_KnownPairs_MatchesHandComputation()
    {
        Assert.Equal(Math.Sqrt(12.5), AgreementStatistics.RootMeanSquaredError([0, 0], [3, 4]), 12);
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4 }, new[] { 1, 3, 3, 1 }, 0.5, 0.75)]
    [InlineData(new[] { 0, 0 }, new[] { 2, 0 }, 0.5, 0.5)]
    public void ExactAndAdjacentAgreement_KnownPairs_CountTheShares(int[] teacher, int[] engine, double exact, double adjacent)
    {
        Assert.Equal(exact, AgreementStatistics.ExactAgreement(teacher, engine), 12);
        Assert.Equal(adjacent, AgreementStatistics.AdjacentAgreement(teacher, engine), 12);
    }

    [Fact]
    public void Measure_LenientEngine_ReportsBiasByLevelAndConfusion()
    {
        var agreement = Agreement.Measure([1, 1, 2, 3], [2, 2, 2, 3], 0, 3);

        Assert.Equal(2, agreement.Confusion.Count(1, 2));
        Assert.Equal(1.0, agreement.ByLevel.Single(l => l.TeacherMark == 1).MeanDifference, 12);
        Assert.Equal(0.0, agreement.ByLevel.Single(l => l.TeacherMark == 3).MeanDifference, 12);
        Assert.True(agreement.StandardisedMeanDifference > 0);
    }
}
