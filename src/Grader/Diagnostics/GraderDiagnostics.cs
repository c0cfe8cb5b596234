namespace Grader.Diagnostics;

/// <summary>
/// The names under which the library publishes metrics (<see cref="System.Diagnostics.Metrics.Meter"/>) and traces
/// (<see cref="System.Diagnostics.ActivitySource"/>), for telemetry set-up, for example
/// <c>dotnet-counters monitor --counters Grader</c> or OpenTelemetry's <c>AddMeter(GraderDiagnostics.MeterName)</c> and
/// <c>AddSource(GraderDiagnostics.ActivitySourceName)</c>. Nothing is measured or recorded while nobody listens.
/// </summary>
public static class GraderDiagnostics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Grader";

    /// <summary>The activity source's name: one activity (<see cref="GradeActivityName"/>) per essay graded.</summary>
    public const string ActivitySourceName = "Grader";

    /// <summary>The activity of one <see cref="EssayGrader.Grade"/>; tagged with <see cref="RubricTag"/>, <see cref="StatusTag"/> and the total.</summary>
    public const string GradeActivityName = "Grader.Grade";

    /// <summary>Counter: essays graded, tagged with <see cref="StatusTag"/> (ok, review, error) and <see cref="RubricTag"/>.</summary>
    public const string GradesMetric = "grader.grades";

    /// <summary>Histogram (seconds): how long each <see cref="EssayGrader.Grade"/> took, tagged like <see cref="GradesMetric"/>.</summary>
    public const string DurationMetric = "grader.grade.duration";

    /// <summary>Histogram (characters): the length of each essay given to <see cref="EssayGrader.Grade"/>, tagged with <see cref="RubricTag"/>.</summary>
    public const string EssayLengthMetric = "grader.essay.length";

    /// <summary>Tag: the grade's status, as the JSON writes it (ok, review, error).</summary>
    public const string StatusTag = "grader.status";

    /// <summary>Tag: the rubric's id.</summary>
    public const string RubricTag = "grader.rubric";
}
