using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Grader.Calibration;
using Grader.Cli.CommandLine;
using Grader.Cli.Commands.Calibration;
using Grader.Cli.Console;
using Grader.Cli.Files;
using Grader.Cli.NativeBuild;
using Grader.Reporting;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader calibrate &lt;marked.csv&gt;</c>: measures how far the engine agrees with a teacher's marks, learns a
/// calibration from them (k-fold cross-validated), prints the agreement summary and the scripts to mark again, and
/// optionally writes the HTML report (with a Markdown twin) and saves the calibration for <c>grader mark --calibration</c>.
/// </summary>
internal static class CalibrateCommand
{
    private const int MaxProblemsShown = 20;

    public static Command Create(CliConsole console)
    {
        var marked = new Argument<string>("marked.csv")
        {
            Description = "The marked scripts: a CSV file (or - for standard input) with columns id, text, teacher_mark (optional: marker, teacher_<criterion id>).",
        };
        var encoding = CliOptions.Encoding();
        var delimiter = CliOptions.Delimiter();
        var rubric = CliOptions.Rubric();
        var report = CliOptions.Path("--report", "Write the agreement report here as HTML, with a Markdown twin beside it (.md).", "report.html");
        var save = CliOptions.Path("--save", "Save the calibration here, for 'grader mark --calibration'.", "calibration file");
        var folds = CliOptions.WholeNumber("--folds", "The number of cross-validation folds, 2 to 20.", 2, 20, 5);
        var seed = CliOptions.Seed("the folds and the learners");
        var command = new Command("calibrate", "Measure how far the engine agrees with a teacher's marks, learn a calibration from them (cross-validated), and list the scripts to look at again.")
        {
            marked, rubric, report, save, folds, seed, encoding, delimiter,
        };
        command.SetAction(result => RuntimeFeature.IsDynamicCodeSupported ? Run(
            console,
            InputSource.For(result.GetValue(marked)!, console),
            new CsvColumns("id", "text", result.GetValue(encoding), result.GetValue(delimiter)),
            result.GetValue(rubric),
            result.GetValue(report),
            result.GetValue(save),
            new CalibrationOptions { Folds = result.GetValue(folds), Seed = result.GetValue(seed) }) : ManagedHandoff.HandedOn());
        return command;
    }

    private static int Run(CliConsole console, InputSource input, CsvColumns format, string? rubric, string? reportOption, string? saveOption, CalibrationOptions options)
    {
        var problems = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        var scheme = SchemeLoader.Load(console, rubric);
        if (scheme is null)
        {
            return ExitCodes.Failure;
        }

        // Where the results go is checked before the (long) training, not after it.
        var reportPath = reportOption is null ? null : console.Resolve(reportOption);
        var outputs = new List<NamedFile>();
        if (reportPath is not null)
        {
            outputs.Add(new NamedFile("--report", reportPath));
            outputs.Add(new NamedFile("the Markdown report", MarkdownPath(reportPath)));
        }

        if (saveOption is not null)
        {
            outputs.Add(new NamedFile("--save", console.Resolve(saveOption)));
        }

        var files = scheme.Rubric.Files;
        var inputs = new[] { new NamedFile("the marked scripts", input.Path ?? ""), new NamedFile("the rubric", files.RubricPath), new NamedFile("the similarity model", files.SimilarityModel) }
            .Concat(new[] { files.AnswerKey, files.ModelEssay }.Concat(files.Exemplars).OfType<string>().Select(f => new NamedFile("a file of the rubric", f)));
        if (OutputGuard.Problem(inputs, outputs) is { } clash)
        {
            console.Error.WriteLine($"error: {clash}");
            return ExitCodes.Usage;
        }

        foreach (var output in outputs)
        {
            if (FileProblem.CheckWritable(output.Role, output.Path) is { } unwritable)
            {
                console.Error.WriteLine($"error: {unwritable} Nothing was calibrated.");
                return ExitCodes.Failure;
            }
        }

        var notes = new List<string>();
        var marks = TeacherMarksReader.Read(input, scheme.Rubric, format, problems, notes);
        foreach (var note in notes)
        {
            console.Error.WriteLine($"note: {note}");
        }

        if (marks is null)
        {
            console.Error.WriteLine($"error: {input.Name} cannot be used ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}); nothing was calibrated:");
            foreach (var problem in problems.Take(MaxProblemsShown))
            {
                console.Error.WriteLine($"  {problem}");
            }

            if (problems.Count > MaxProblemsShown)
            {
                console.Error.WriteLine($"  … and {problems.Count - MaxProblemsShown} more.");
            }

            return ExitCodes.Failure;
        }

        var distinct = marks.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count();
        if (distinct < TeacherCalibration.MinimumScripts)
        {
            console.Error.WriteLine($"error: {input.Name} has {distinct} marked scripts; calibration needs at least {TeacherCalibration.MinimumScripts} (and {TeacherCalibration.RecommendedScripts} or more for a trustworthy model). Mark more scripts.");
            return ExitCodes.Failure;
        }

        if (marks.Select(m => m.TeacherMark).Distinct().Count() == 1)
        {
            console.Error.WriteLine($"error: every script in {input.Name} has the teacher mark {marks[0].TeacherMark}. Agreement cannot be measured, and nothing can be learned, without spread in the teacher's marks: mark scripts across the range of quality.");
            return ExitCodes.Failure;
        }

        CalibrationResult result;
        try
        {
            result = TeacherCalibration.Train(scheme, marks, options);
        }
        catch (ArgumentException exception)
        {
            console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Failure;
        }

        foreach (var note in result.Report.Notes)
        {
            console.Error.WriteLine($"note: {note}");
        }

        console.Out.Write(TerminalText.Clean(Summary(result.Report)));
        if (reportPath is not null)
        {
            var markdownPath = MarkdownPath(reportPath);
            if (!WriteAtomically(console, "--report", reportPath, stream => Write(stream, AgreementReportWriter.ToHtml(result.Report)))
                || !WriteAtomically(console, "the Markdown report", markdownPath, stream => Write(stream, AgreementReportWriter.ToMarkdown(result.Report))))
            {
                return ExitCodes.Failure;
            }

            console.Error.WriteLine($"Wrote the report to {reportPath} (figures as Markdown: {markdownPath}).");
        }

        if (saveOption is not null)
        {
            var savePath = console.Resolve(saveOption);
            if (!WriteAtomically(console, "--save", savePath, result.Model.Save))
            {
                return ExitCodes.Failure;
            }

            console.Error.WriteLine($"Saved the calibration to {savePath}. Apply it with: grader mark <essays> --calibration {saveOption}");
        }

        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Calibrated on {result.Report.Scripts} scripts in {stopwatch.Elapsed.TotalSeconds:N1} s."));
        return ExitCodes.Success;
    }

    /// <summary>The plain-text summary printed to standard output.</summary>
    internal static string Summary(AgreementReport report)
    {
        var text = new StringBuilder();
        static string F(double v, string format = "0.000") => double.IsNaN(v) ? "n/a" : v.ToString(format, CultureInfo.InvariantCulture);
        static string Check(bool ok) => ok ? "ok" : "BELOW THRESHOLD";
        text.Append(CultureInfo.InvariantCulture, $"Agreement with the teacher's marks: rubric '{report.RubricId}', {report.Scripts} scripts, marks 0–{report.MaxMark}\n\n");
        text.Append("                         engine    calibrated (cross-validated)    human-human\n");
        void Line(string name, Func<Agreement, double> value, string format = "0.000") =>
            text.Append(CultureInfo.InvariantCulture, $"  {name,-22} {F(value(report.Engine), format),8}    {F(value(report.Calibrated), format),8}                        {(report.HumanHuman is { } h ? F(value(h), format) : "—"),8}\n");
        Line("QWK", a => a.QuadraticWeightedKappa);
        Line("Cohen's kappa", a => a.CohenKappa);
        Line("exact agreement", a => a.ExactAgreement);
        Line("adjacent agreement", a => a.AdjacentAgreement);
        Line("Pearson r", a => a.Pearson);
        Line("Spearman rho", a => a.Spearman);
        Line("RMSE", a => a.RootMeanSquaredError, "0.00");
        Line("SMD (pooled SD)", a => a.StandardisedMeanDifference);
        var cv = report.CrossValidation;
        var calibrated = report.Calibrated;
        text.Append(CultureInfo.InvariantCulture, $"\nCalibrated, {cv.Folds.Count}-fold cross-validation: QWK {F(calibrated.QuadraticWeightedKappa)}, 95% bootstrap interval {F(cv.ConfidenceLow)}–{F(cv.ConfidenceHigh)}; folds {string.Join(", ", cv.Folds.Select(f => F(f.QuadraticWeightedKappa)))} (mean {F(cv.MeanQuadraticWeightedKappa)} ± {F(cv.FoldStandardDeviation)}).\n");
        text.Append(CultureInfo.InvariantCulture, $"Thresholds (Williamson, Xi & Breyer 2012) for the calibrated engine: QWK ≥ 0.70 {Check(calibrated.QuadraticWeightedKappa >= AgreementThresholds.MinimumQuadraticWeightedKappa)}; r ≥ 0.70 {Check(calibrated.Pearson >= AgreementThresholds.MinimumPearson)}; |SMD| ≤ 0.15 {Check(Math.Abs(calibrated.StandardisedMeanDifference) <= AgreementThresholds.MaximumAbsoluteStandardisedMeanDifference)}");
        if (report.HumanHuman is { } human)
        {
            var degradation = human.QuadraticWeightedKappa - calibrated.QuadraticWeightedKappa;
            text.Append(CultureInfo.InvariantCulture, $"; degradation {F(degradation)} ≤ 0.10 {Check(degradation <= AgreementThresholds.MaximumDegradation)}");
        }

        text.Append(".\n");
        foreach (var criterion in report.Criteria)
        {
            text.Append(CultureInfo.InvariantCulture, $"Criterion {criterion.CriterionId}: engine QWK {F(criterion.Agreement.QuadraticWeightedKappa)}, exact {F(criterion.Agreement.ExactAgreement)}, SMD {F(criterion.Agreement.StandardisedMeanDifference)}");
            text.Append(criterion.Calibrated is { } c
                ? string.Create(CultureInfo.InvariantCulture, $"; calibrated (cross-validated) QWK {F(c.QuadraticWeightedKappa)}, exact {F(c.ExactAgreement)}, SMD {F(c.StandardisedMeanDifference)}.\n")
                : " (not calibrated: too few scripts have this criterion's mark).\n");
        }

        foreach (var marker in report.Markers)
        {
            text.Append(CultureInfo.InvariantCulture, $"Marker {marker.Marker} ({marker.Scripts} scripts): QWK vs engine {F(marker.AgainstEngine.QuadraticWeightedKappa)}, vs calibrated {F(marker.AgainstCalibrated.QuadraticWeightedKappa)}, vs other markers {(marker.AgainstOtherMarkers is { } o ? F(o.QuadraticWeightedKappa) : "—")}; bias vs calibrated {F(marker.BiasAgainstCalibrated, "+0.00;-0.00;0.00")} marks.\n");
        }

        text.Append("\nScripts to look at again. ").Append(AgreementReportWriter.ReviewRule(report)).Append('\n');
        if (report.ToReview.Count == 0)
        {
            text.Append("  none\n");
        }

        foreach (var script in report.ToReview)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {(script.Reason == ReviewReason.Disagreement ? "disagreement" : "uncertain   ")}  {script.Id,-12} teacher {script.TeacherMark,3}  engine {script.EngineMark,3}  calibrated {script.CalibratedMark,3}  uncertainty {F(script.Uncertainty, "0.00")}{(script.Flags.Count > 0 ? "  flags " + string.Join(",", script.Flags) : "")}\n");
        }

        return text.ToString();
    }

    /// <summary>The Markdown twin of the HTML report: the same name with .md.</summary>
    private static string MarkdownPath(string reportPath)
    {
        var markdown = Path.ChangeExtension(reportPath, ".md");
        return markdown == reportPath ? reportPath + ".md" : markdown;
    }

    private static void Write(Stream stream, string content)
    {
        var bytes = new UTF8Encoding(false).GetBytes(content);
        stream.Write(bytes);
    }

    /// <summary>Writes a file whole or not at all (a temporary file moved over it); false, with a message, when it cannot be written.</summary>
    private static bool WriteAtomically(CliConsole console, string role, string path, Action<Stream> write)
    {
        var temporary = path + ".tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            console.Error.WriteLine($"error: {FileProblem.CannotWrite(role, path, exception)}");
            return false;
        }
    }
}
