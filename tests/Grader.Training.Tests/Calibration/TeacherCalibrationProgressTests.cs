using System.Collections.Concurrent;
using Grader.Calibration;
using Grader.Tests.Calibration;
using Grader.Tests.Support;

namespace Grader.Training.Tests.Calibration;

/// <summary>Progress and cancellation of calibration training.</summary>
public sealed class TeacherCalibrationProgressTests
{
    [Fact]
    public void Train_WithProgress_ReportsEveryScriptGradedThenEachMarkFitted()
    {
        var progress = new Recorder();

        TeacherCalibration.Train(BundledScheme.Value, CalibrationSamples.CriterionTeacher, new CalibrationOptions { BootstrapResamples = 10 }, progress);

        var reports = progress.Reports.ToArray();
        var grading = reports.Where(r => r.Stage == CalibrationStage.GradingScripts).ToArray();
        Assert.Equal(Enumerable.Range(1, 30), grading.Select(r => r.Completed).Order());
        Assert.All(grading, r => Assert.Equal(30, r.Total));
        // The total and the structure criterion are calibrated; judgement has too few marks.
        Assert.Equal([(1, 2), (2, 2)], reports.Where(r => r.Stage == CalibrationStage.FittingMarks).Select(r => (r.Completed, r.Total)));
        Assert.Equal(CalibrationStage.FittingMarks, reports[^1].Stage);
    }

    [Fact]
    public void Train_CancelledWhileGrading_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new Recorder(_ => cancellation.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() =>
            TeacherCalibration.Train(BundledScheme.Value, CalibrationSamples.HarshTeacher, null, progress, cancellation.Token));

        Assert.DoesNotContain(progress.Reports, r => r.Stage == CalibrationStage.FittingMarks);
    }

    /// <summary>Records reports synchronously (unlike <see cref="Progress{T}"/>, which posts them).</summary>
    private sealed class Recorder(Action<CalibrationProgress>? onReport = null) : IProgress<CalibrationProgress>
    {
        public ConcurrentQueue<CalibrationProgress> Reports { get; } = new();

        public void Report(CalibrationProgress value)
        {
            Reports.Enqueue(value);
            onReport?.Invoke(value);
        }
    }
}
