using Grader.Calibration;
using Grader.Tests.Calibration;
using Grader.Reporting;

namespace Grader.Training.Tests.Reporting;

public sealed class AgreementReportWriterTests
{
    private const string Malicious = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";

    private static AgreementReport MaliciousReport()
    {
        var report = CalibrationSamples.HarshTeacherCalibration.Report;
        var review = report.ToReview[0] with { Id = "<b>id</b>", Marker = "<i>marker</i>", Excerpt = Malicious };
        return report with { ToReview = [review], Notes = [Malicious], RubricTitle = Malicious };
    }

    [Fact]
    public void ToHtml_MaliciousEssayText_IsEscaped()
    {
        var html = AgreementReportWriter.ToHtml(MaliciousReport());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>id</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Report_IsSelfContainedWithTheFigures()
    {
        var html = AgreementReportWriter.ToHtml(CalibrationSamples.HarshTeacherCalibration.Report);

        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        foreach (var id in new[] { "agreement-table", "confusion-heatmap", "distributions", "bias-by-level", "marker-bias", "folds-table", "review-disagreement" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToMarkdown_Report_HasTheSameFiguresAsTables()
    {
        var report = CalibrationSamples.HarshTeacherCalibration.Report;

        var markdown = AgreementReportWriter.ToMarkdown(report);

        Assert.Contains("## Confusion matrix", markdown, StringComparison.Ordinal);
        Assert.Contains("## Score distributions", markdown, StringComparison.Ordinal);
        Assert.Contains("## Mean difference (engine − teacher) by teacher mark", markdown, StringComparison.Ordinal);
        Assert.Contains(report.Calibrated.QuadraticWeightedKappa.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtmlAndToMarkdown_Report_StateTheRuleForScriptsToLookAtAgain()
    {
        var report = CalibrationSamples.HarshTeacherCalibration.Report;
        var usualError = report.Calibrated.RootMeanSquaredError.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

        var html = AgreementReportWriter.ToHtml(report);
        var markdown = AgreementReportWriter.ToMarkdown(report);

        Assert.Contains($"more than {usualError} marks (the calibrated engine's cross-validated RMSE", markdown, StringComparison.Ordinal);
        Assert.Contains($"more than {usualError} marks (the calibrated engine&#39;s cross-validated RMSE", html, StringComparison.Ordinal);
    }
}
