using Grader.Hosting.Core;

namespace Grader.Hosting;

/// <summary>
/// The names under which the Grader library publishes its metrics and traces, for telemetry set-up, for example
/// <c>services.AddOpenTelemetry().WithMetrics(m =&gt; m.AddMeter(GraderInstrumentation.MeterName))
/// .WithTracing(t =&gt; t.AddSource(GraderInstrumentation.ActivitySourceName))</c>, or
/// <c>dotnet-counters monitor --counters Grader</c>.
/// </summary>
public static class GraderInstrumentation
{
    /// <summary>The library's <see cref="System.Diagnostics.Metrics.Meter"/>: grades by status, grading duration, essay length.</summary>
    public const string MeterName = GraderCore.MeterName;

    /// <summary>The library's <see cref="System.Diagnostics.ActivitySource"/>: one activity per essay graded.</summary>
    public const string ActivitySourceName = GraderCore.ActivitySourceName;
}
