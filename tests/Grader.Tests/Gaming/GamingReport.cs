using System.Globalization;
using System.Text;

namespace Grader.Tests.Gaming;

/// <summary>
/// The suite's figures as Markdown: one table row per family and one for all, then the honest-essay false-alarm
/// line. Written to the file named by GRADER_GAMING_REPORT when a test run sets it (see docs/gaming-suite.md).
/// </summary>
internal static class GamingReport
{
    public const string EnvironmentVariable = "GRADER_GAMING_REPORT";

    public static string ToMarkdown(GamingMeasurement measurement)
    {
        var builder = new StringBuilder();
        builder.AppendLine("| family | variants | sent to review | above source | mean total | max total | mean source total |");
        builder.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var figures in measurement.Families().Append(measurement.Overall))
        {
            var name = figures.Family == measurement.Overall.Family ? "**" + figures.Family + "**" : "`" + figures.Family + "`";
            builder.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {figures.Variants} | {figures.ReviewShare * 100:0}% ({figures.SentToReview}) | {figures.AboveSource} | {figures.MeanTotal:0.0} | {figures.MaxTotal} | {figures.MeanSourceTotal:0.0} |"));
        }

        var falseAlarms = measurement.FalseAlarms.ToArray();
        builder.AppendLine();
        builder.AppendLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Honest essays (tests/Grader.Tests/Essays/Honest, {measurement.Honest.Count} answers of 250+ words): {falseAlarms.Length} sent to review, a false-alarm rate of {measurement.FalseAlarmShare * 100:0.0}%."));
        foreach (var (name, result) in falseAlarms)
        {
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- `{name}`: {result.Total}/{result.Max}, flags: {GradedVariant.Flags(result)}"));
        }

        builder.AppendLine();
        builder.AppendLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Targets (issue 10): at least {GamingTargets.MinimumReviewShare * 100:0}% of variants sent to review, at most {GamingTargets.MaximumAboveSource} above its source, at most {GamingTargets.MaximumFalseAlarmShare * 100:0}% false alarms."));
        return builder.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>
    /// Writes the report to the file GRADER_GAMING_REPORT names (a relative path is taken from the repository root),
    /// if it names one; returns the path written.
    /// </summary>
    public static string? WriteIfRequested(GamingMeasurement measurement)
    {
        var requested = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(requested))
        {
            return null;
        }

        var path = Path.GetFullPath(requested, Support.RepositoryPaths.Root);
        File.WriteAllText(path, ToMarkdown(measurement), new UTF8Encoding(false));
        return path;
    }
}
