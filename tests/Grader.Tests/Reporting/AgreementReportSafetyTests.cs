using Grader.Reporting;
using Grader.Tests.Calibration;

namespace Grader.Tests.Reporting;

/// <summary>What the report writers make of hostile names, and whether the charts' text fits.</summary>
public sealed class AgreementReportSafetyTests
{
    private const string LinkName = "[click me](javascript:alert(1))";

    [Fact]
    public void ToMarkdown_MarkerAndScriptNamedLikeALink_StayText()
    {
        var report = CalibrationSamples.HarshTeacherCalibration.Report;
        var review = report.ToReview[0] with { Id = "**bold** <img src=x>", Marker = LinkName };
        report = report with { ToReview = [review], Notes = ["`code` | pipe\nsecond line"], RubricTitle = "# heading" };

        var markdown = AgreementReportWriter.ToMarkdown(report);

        Assert.DoesNotContain(LinkName, markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\](?<!\\)\(", markdown);
        Assert.Contains(@"\[click me\](javascript:alert(1))", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\*\*bold\*\* &lt;img src=x>", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\`code\` \| pipe second line", markdown, StringComparison.Ordinal);
        Assert.StartsWith(@"# Calibration report: \# heading", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_LongLegendNames_TheChartIsWideEnoughForTheWholeLegend()
    {
        var svg = SvgChart.Bars("bias", "Bias", ["A"], [new("marker − calibrated engine", "#000", [0.5]), new("marker − other markers", "#111", [0.2])], "marks");

        var width = int.Parse(System.Text.RegularExpressions.Regex.Match(svg, "width=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // Swatches and gaps (2 × 24 px) and 47 characters of 12 px text at up to 7.5 px each, after the 60 px margin.
        Assert.True(width >= 60 + 48 + (47 * 7.5), $"the chart is {width} px wide");
        Assert.Contains(">marker − other markers</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_CategoryLabelWiderThanItsBars_IsCutWithTheFullNameAsATooltip()
    {
        var categories = Enumerable.Range(1, 12).Select(i => $"Examiner with a long name {i}").ToArray();

        var svg = SvgChart.Bars("bias", "Bias", categories, [new("bias", "#000", categories.Select(_ => 0.5).ToArray())], "marks");

        Assert.Contains("<title>Examiner with a long name 12</title>", svg, StringComparison.Ordinal);
        Assert.Contains("…</text>", svg, StringComparison.Ordinal);
    }
}
