using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grader.Reporting;
using Grader.Scoring;

namespace Grader.Diagnostics;

/// <summary>
/// The library's meter and activity source, and the measurement of one grade. When no listener is attached each grade
/// costs two flag checks: no timestamp is read, no tag list built, no activity made.
/// </summary>
internal static class GraderTelemetry
{
    private static readonly string Version = typeof(GraderTelemetry).Assembly.GetName().Version?.ToString() ?? "";
    private static readonly ActivitySource Source = new(GraderDiagnostics.ActivitySourceName, Version);
    private static readonly Meter Meter = new(GraderDiagnostics.MeterName, Version);
    private static readonly Counter<long> Grades = Meter.CreateCounter<long>(GraderDiagnostics.GradesMetric, "{essay}", "Essays graded, by status.");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(GraderDiagnostics.DurationMetric, "s", "Time to grade one essay.");
    private static readonly Histogram<int> EssayLength = Meter.CreateHistogram<int>(GraderDiagnostics.EssayLengthMetric, "{character}", "Length of the essays given to grade.");

    /// <summary>Whether anything listens: when false, skip <see cref="Start"/> and <see cref="Stop"/> altogether.</summary>
    public static bool Enabled => Grades.Enabled || Duration.Enabled || EssayLength.Enabled || Source.HasListeners();

    /// <summary>Starts measuring a grade: the activity (null when not sampled) and the start time.</summary>
    public static (Activity? Activity, long Started) Start(string rubricId, int essayLength)
    {
        if (EssayLength.Enabled)
        {
            EssayLength.Record(essayLength, new KeyValuePair<string, object?>(GraderDiagnostics.RubricTag, rubricId));
        }

        var activity = Source.StartActivity(GraderDiagnostics.GradeActivityName, ActivityKind.Internal);
        activity?.SetTag(GraderDiagnostics.RubricTag, rubricId);
        activity?.SetTag("grader.essay.length", essayLength);
        return (activity, Stopwatch.GetTimestamp());
    }

    /// <summary>Records a finished grade (<paramref name="result"/> null: it threw).</summary>
    public static void Stop(Activity? activity, long started, string rubricId, GradeResult? result)
    {
        var status = result is null ? "exception" : GradeJsonWriter.StatusName(result.Status);
        var tags = new TagList { { GraderDiagnostics.StatusTag, status }, { GraderDiagnostics.RubricTag, rubricId } };
        Grades.Add(1, tags);
        if (Duration.Enabled)
        {
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }

        if (activity is not null)
        {
            activity.SetTag(GraderDiagnostics.StatusTag, status);
            if (result is not null)
            {
                activity.SetTag("grader.total", result.Total);
                activity.SetStatus(result.Status == GradeStatus.Error ? ActivityStatusCode.Error : ActivityStatusCode.Ok, result.Error);
            }
            else
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }

            activity.Dispose();
        }
    }
}
