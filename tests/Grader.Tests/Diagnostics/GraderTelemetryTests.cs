using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grader.Diagnostics;
using Grader.Rubrics;
using Grader.Tests.Support;

namespace Grader.Tests.Diagnostics;

/// <summary>The library's meter and activity source, seen through listeners (each test grades under its own rubric id).</summary>
public sealed class GraderTelemetryTests
{
    [Fact]
    public void Grade_WithAMeterListener_CountsByStatusAndRecordsDurationAndLength()
    {
        var (grader, rubricId) = OwnGrader();
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GraderDiagnostics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, ToDictionary(tags))));
        listener.Start();
        var essay = Essays.Read("balanced-mid");

        var status = GradeJsonStatus(grader.Grade(essay));
        grader.Grade("   ");

        var mine = measurements.Where(m => Equals(m.Tags.GetValueOrDefault(GraderDiagnostics.RubricTag), rubricId)).ToArray();
        var counts = mine.Where(m => m.Instrument == GraderDiagnostics.GradesMetric).Select(m => (string)m.Tags[GraderDiagnostics.StatusTag]!).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "error", status }.Order(StringComparer.Ordinal), counts);
        Assert.Equal(2, mine.Count(m => m.Instrument == GraderDiagnostics.DurationMetric && m.Value > 0));
        Assert.Equal(new double[] { essay.Length, 3 }, mine.Where(m => m.Instrument == GraderDiagnostics.EssayLengthMetric).Select(m => m.Value));
    }

    [Fact]
    public void Grade_WithAnActivityListener_OneActivityPerGradeWithStatusAndTotal()
    {
        var (grader, rubricId) = OwnGrader();
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraderDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var result = grader.Grade(Essays.Read("strong-agree"));

        var activity = Assert.Single(activities, a => Equals(a.GetTagItem(GraderDiagnostics.RubricTag), rubricId));
        Assert.Equal(GraderDiagnostics.GradeActivityName, activity.OperationName);
        Assert.Equal(GradeJsonStatus(result), activity.GetTagItem(GraderDiagnostics.StatusTag));
        Assert.Equal(result.Total, activity.GetTagItem("grader.total"));
        Assert.Equal(ActivityStatusCode.Ok, activity.Status);
    }

    private static (EssayGrader Grader, string RubricId) OwnGrader()
    {
        var rubricId = "telemetry-" + Guid.NewGuid().ToString("N");
        var scheme = MarkScheme.Create(BundledScheme.Value.Rubric with { Id = rubricId }, AnswerKey.Empty);
        return (new EssayGrader(scheme), rubricId);
    }

    private static string GradeJsonStatus(Grader.Scoring.GradeResult result) => Grader.Reporting.GradeJsonWriter.StatusName(result.Status);

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            dictionary[key] = value;
        }

        return dictionary;
    }
}
