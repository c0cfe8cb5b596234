using System.Globalization;
using System.Text;

namespace Grader.Tests.Gaming;

/// <summary>
/// Issue 10's proof: every gaming variant and its source graded with the bundled question; at least
/// <see cref="GamingTargets.MinimumReviewShare"/> of the variants go to review, none scores above its source, and at
/// most <see cref="GamingTargets.MaximumFalseAlarmShare"/> of the honest essays go to review. A failure lists the
/// offending variants (family | source | total vs source total | status | flags | how made) and the figures per family.
/// </summary>
public sealed class GamingSuiteTests
{
    private static GamingMeasurement Measurement => GamingMeasurement.Bundled;

    [Fact]
    public void Grade_GamingVariants_AtLeastTargetShareSentToReview()
    {
        var overall = Measurement.Overall;
        var missed = Measurement.Variants.Where(v => !v.SentToReview).ToArray();

        Assert.True(
            overall.ReviewShare >= GamingTargets.MinimumReviewShare,
            Failure($"{overall.SentToReview} of {overall.Variants} variants ({overall.ReviewShare * 100:0.0}%) were sent to review; the target is at least {GamingTargets.MinimumReviewShare * 100:0}%. Not sent to review ({missed.Length}):", missed));
    }

    [Fact]
    public void Grade_GamingVariants_NoneScoresAboveItsSource()
    {
        var above = Measurement.Variants.Where(v => v.AboveSource).ToArray();

        Assert.True(
            above.Length <= GamingTargets.MaximumAboveSource,
            Failure($"{above.Length} of {Measurement.Variants.Count} variants scored above the essay they were made from; the target is at most {GamingTargets.MaximumAboveSource}:", above));
    }

    [Fact]
    public void Grade_HonestEssays_FalseAlarmsWithinTarget()
    {
        var falseAlarms = Measurement.FalseAlarms.ToArray();

        Assert.True(Measurement.Honest.Count >= 20, $"only {Measurement.Honest.Count} honest essays were found");
        Assert.True(
            Measurement.FalseAlarmShare <= GamingTargets.MaximumFalseAlarmShare,
            string.Create(CultureInfo.InvariantCulture, $"{falseAlarms.Length} of {Measurement.Honest.Count} honest essays ({Measurement.FalseAlarmShare * 100:0.0}%) were sent to review; the target is at most {GamingTargets.MaximumFalseAlarmShare * 100:0}%:\n")
            + string.Join("\n", falseAlarms.Select(essay => $"honest:{essay.Name} | {essay.Result.Total} | flags: {string.Join("; ", essay.Result.Flags.Select(f => f.Code + ": " + f.Message))}")));
    }

    [Fact]
    public void ToMarkdown_BundledMeasurement_OneRowPerFamilyAndTheFalseAlarmLine()
    {
        var markdown = GamingReport.ToMarkdown(Measurement);
        GamingReport.WriteIfRequested(Measurement);
        GamingVariantFiles.WriteIfRequested(Measurement.Variants.Select(v => v.Variant).ToArray());

        foreach (var family in GamingFamilies.All)
        {
            Assert.Contains("| `" + family.Id + "` |", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("| **all families** | " + Measurement.Variants.Count.ToString(CultureInfo.InvariantCulture) + " |", markdown, StringComparison.Ordinal);
        Assert.Contains("false-alarm rate", markdown, StringComparison.Ordinal);
    }

    private static string Failure(FormattableString headline, IEnumerable<GradedVariant> offenders)
    {
        var builder = new StringBuilder(headline.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var offender in offenders)
        {
            builder.Append("  ").Append(offender.Describe()).Append('\n');
        }

        return builder.Append("\nFigures per family:\n").Append(GamingReport.ToMarkdown(Measurement)).ToString();
    }
}
