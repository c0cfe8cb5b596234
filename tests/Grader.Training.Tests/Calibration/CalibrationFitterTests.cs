using Grader.Calibration;
using Grader.Similarity;
using Grader.Tests.Calibration;
using Grader.Tests.Support;

namespace Grader.Training.Tests.Calibration;

public sealed class CalibrationFitterTests
{
    [Fact]
    public void Fit_FewerScriptsThanThirtyPerMark_CutPointsAreTheStretchedRoundingOfTheOutOfFoldPredictions()
    {
        var scheme = BundledScheme.Value;
        var scripts = CalibrationSamples.HarshTeacher.Select(m => new CalibrationScript(m.Id, m.Text, [m])).ToArray();
        var grader = new EssayGrader(scheme);
        foreach (var script in scripts)
        {
            script.Grade = grader.Grade(script.Text);
            script.Tokens = TokenizedText.Of(script.Text);
        }

        var max = scheme.Rubric.MaxMark;
        Assert.True(scripts.Length < CalibrationFitter.MinScriptsPerTunedMark * (max + 1));

        var total = CalibrationFitter.Fit(scheme, scripts, new CalibrationOptions { BootstrapResamples = 0 }).Total;

        var stretched = CutPoints.Stretch(total.Predictions, total.Teacher, max);
        Assert.Equal(stretched.Thresholds, total.Scorer.CutPoints.Thresholds);
    }
}
