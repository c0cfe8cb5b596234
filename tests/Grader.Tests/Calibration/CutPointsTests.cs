using Grader.Calibration;

namespace Grader.Tests.Calibration;

public sealed class CutPointsTests
{
    [Fact]
    public void Midpoints_RoundToTheNearestMark()
    {
        var cuts = CutPoints.Midpoints(4);

        Assert.Equal([0, 0, 1, 2, 4, 4], new[] { -1.0, 0.49, 0.5, 2.2, 3.7, 9 }.Select(cuts.Mark).ToArray());
    }

    [Fact]
    public void Tune_CompressedPredictions_RaisesQwkAboveRounding()
    {
        // A learner that shrinks towards the mean (prediction = 1.2 + 0.4 × mark, with a little seeded noise).
        var random = new Random(7);
        var teacher = Enumerable.Range(0, 200).Select(i => i % 5).ToArray();
        var predictions = teacher.Select(m => 1.2 + (0.4 * m) + ((random.NextDouble() - 0.5) * 0.3)).ToArray();

        var rounded = AgreementStatistics.QuadraticWeightedKappa(teacher, CutPoints.Midpoints(4).Marks(predictions), 0, 4);
        var tuned = CutPoints.Tune(predictions, teacher, 4);
        var tunedQwk = AgreementStatistics.QuadraticWeightedKappa(teacher, tuned.Marks(predictions), 0, 4);

        Assert.True(tunedQwk > rounded + 0.1, $"rounded {rounded:0.000}, tuned {tunedQwk:0.000}");
        Assert.True(tuned.Thresholds.Zip(tuned.Thresholds.Skip(1)).All(p => p.First <= p.Second), "thresholds stay in order");
    }

    [Fact]
    public void Stretch_CompressedPredictionsOnAWideScale_RaisesQwkAboveRoundingWithOrderedThresholds()
    {
        var random = new Random(5);
        var teacher = Enumerable.Range(0, 300).Select(i => 10 + (i % 21)).ToArray();
        var predictions = teacher.Select(m => 20 + (0.7 * (m - 20)) + ((random.NextDouble() - 0.5) * 2)).ToArray();

        var rounded = AgreementStatistics.QuadraticWeightedKappa(teacher, CutPoints.Midpoints(40).Marks(predictions), 0, 40);
        var stretched = CutPoints.Stretch(predictions, teacher, 40);
        var stretchedQwk = AgreementStatistics.QuadraticWeightedKappa(teacher, stretched.Marks(predictions), 0, 40);

        Assert.True(stretchedQwk > rounded + 0.02, $"rounded {rounded:0.000}, stretched {stretchedQwk:0.000}");
        Assert.Equal(40, stretched.Max);
        Assert.True(stretched.Thresholds.Zip(stretched.Thresholds.Skip(1)).All(p => p.First < p.Second), "thresholds stay in order");
    }
}
