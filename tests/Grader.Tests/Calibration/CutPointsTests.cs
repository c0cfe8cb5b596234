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
}
