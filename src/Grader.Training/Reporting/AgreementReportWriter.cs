using System.Globalization;
using System.Text;
using Grader.Calibration;

namespace Grader.Reporting;

/// <summary>
/// Writes an <see cref="AgreementReport"/> as one self-contained HTML page (inline CSS and SVG charts, no scripts, no
/// network; every piece of text escaped) or as Markdown with the same figures as tables.
/// </summary>
public static class AgreementReportWriter
{
    private const string Teal = "#1b7f8c";
    private const string Orange = "#e08a1e";
    private const string Purple = "#6b4fa0";

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d1d1f;line-height:1.45}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
        table{border-collapse:collapse;margin:.6rem 0 1rem}th,td{border:1px solid #d5d5d5;padding:.3rem .55rem;text-align:right;vertical-align:top}
        th{background:#f1f3f5}td.text,th.text{text-align:left}td.excerpt{text-align:left;max-width:520px;font-size:.88rem;color:#333}
        .pass{background:#e3f5e1;color:#145214;font-weight:600}.fail{background:#fde4e1;color:#8a1c12;font-weight:600}
        .notes li{margin:.25rem 0}.muted{color:#666;font-size:.9rem}figure{margin:1rem 0 1.5rem}figcaption{font-size:.9rem;color:#444;margin-top:.3rem}
        svg text{font-family:inherit}svg .tick{font-size:11px;fill:#333}svg .axis-title{font-size:12px;fill:#111;font-weight:600}
        svg .cell{font-size:11px;fill:#111}svg .cell.light{fill:#fff}svg .legend{font-size:12px;fill:#222}
        dl.definitions dt{font-weight:600;margin-top:.5rem}dl.definitions dd{margin-left:1rem}
        """;

    /// <summary>The report as a complete HTML document.</summary>
    public static string ToHtml(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(E($"Calibration report: {report.RubricTitle}")).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>How far the engine agrees with the teacher</h1>");
        html.Append("<p class=\"muted\">").Append(E($"Rubric '{report.RubricId}' ({report.RubricTitle}), marks 0–{report.MaxMark}. {report.Scripts} marked scripts")).Append(report.MarkerCount > 0 ? E($", {report.MarkerCount} markers") : "").Append(".</p>\n");

        if (report.Notes.Count > 0)
        {
            html.Append("<ul class=\"notes\" id=\"notes\">");
            foreach (var note in report.Notes)
            {
                html.Append("<li>").Append(E(note)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        AppendHeadline(html, report);
        AppendCrossValidation(html, report);
        AppendFigures(html, report);
        AppendCriteria(html, report);
        AppendMarkers(html, report);
        AppendReview(html, report);
        AppendDefinitions(html);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void AppendHeadline(StringBuilder html, AgreementReport report)
    {
        html.Append("<h2>Agreement</h2>\n<p>The engine as it stands (its rubric total), the engine calibrated to these marks (each script marked by a model that did not see it: ")
            .Append(report.CrossValidation.Folds.Count.ToString(CultureInfo.InvariantCulture))
            .Append("-fold cross-validation), and, where scripts were marked twice, two markers against each other. Highlighted against Williamson, Xi &amp; Breyer (2012).</p>\n");
        html.Append("<table id=\"agreement-table\"><thead><tr><th class=\"text\">statistic</th><th>engine as it stands</th><th>calibrated (cross-validated)</th><th>human–human</th><th class=\"text\">threshold</th></tr></thead><tbody>\n");
        var columns = new[] { report.Engine, report.Calibrated, report.HumanHuman };
        Row(html, "scripts", columns, a => a.Count.ToString(CultureInfo.InvariantCulture), null, "");
        Row(html, "quadratic weighted kappa", columns, a => F(a.QuadraticWeightedKappa), a => a.QuadraticWeightedKappa >= AgreementThresholds.MinimumQuadraticWeightedKappa, "≥ 0.70");
        Row(html, "Cohen's kappa", columns, a => F(a.CohenKappa), null, "");
        Row(html, "exact agreement", columns, a => P(a.ExactAgreement), null, "");
        Row(html, "adjacent agreement (±1)", columns, a => P(a.AdjacentAgreement), null, "");
        Row(html, "Pearson r", columns, a => F(a.Pearson), a => a.Pearson >= AgreementThresholds.MinimumPearson, "≥ 0.70");
        Row(html, "Spearman ρ", columns, a => F(a.Spearman), null, "");
        Row(html, "RMSE (marks)", columns, a => F(a.RootMeanSquaredError, "0.00"), null, "");
        Row(html, "standardised mean difference", columns, a => F(a.StandardisedMeanDifference), a => Math.Abs(a.StandardisedMeanDifference) <= AgreementThresholds.MaximumAbsoluteStandardisedMeanDifference, "|SMD| ≤ 0.15");
        Row(html, "mean mark (reference / other)", columns, a => $"{F(a.MeanTeacher, "0.00")} / {F(a.MeanEngine, "0.00")}", null, "");
        Row(html, "SD (reference / other)", columns, a => $"{F(a.StandardDeviationTeacher, "0.00")} / {F(a.StandardDeviationEngine, "0.00")}", null, "");
        if (report.HumanHuman is { } human)
        {
            html.Append("<tr><td class=\"text\">degradation (human–human QWK − engine QWK)</td>");
            foreach (var agreement in new[] { report.Engine, report.Calibrated })
            {
                var degradation = human.QuadraticWeightedKappa - agreement.QuadraticWeightedKappa;
                html.Append(Cell(F(degradation), degradation <= AgreementThresholds.MaximumDegradation));
            }

            html.Append("<td></td><td class=\"text\">≤ 0.10</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        html.Append("<p class=\"muted\">In the human–human column, \"reference\" is each script's first mark and \"other\" its second.</p>\n");
    }

    private static void Row(StringBuilder html, string name, Agreement?[] columns, Func<Agreement, string> value, Func<Agreement, bool>? passes, string threshold)
    {
        html.Append("<tr><td class=\"text\">").Append(E(name)).Append("</td>");
        foreach (var agreement in columns)
        {
            html.Append(agreement is null ? "<td>—</td>" : Cell(value(agreement), passes?.Invoke(agreement)));
        }

        html.Append("<td class=\"text\">").Append(E(threshold)).Append("</td></tr>\n");
    }

    private static string Cell(string text, bool? passes) =>
        passes is null || text == "n/a" ? $"<td>{E(text)}</td>" : $"<td class=\"{(passes.Value ? "pass" : "fail")}\">{E(text)}</td>";

    /// <summary>A QWK cell, marked pass or fail against the Williamson threshold.</summary>
    private static string QwkCell(double qwk) => Cell(F(qwk), qwk >= AgreementThresholds.MinimumQuadraticWeightedKappa);

    /// <summary>An SMD cell, marked pass or fail by its size against the Williamson threshold.</summary>
    private static string SmdCell(double smd) => Cell(F(smd), Math.Abs(smd) <= AgreementThresholds.MaximumAbsoluteStandardisedMeanDifference);

    private static void AppendCrossValidation(StringBuilder html, AgreementReport report)
    {
        var cv = report.CrossValidation;
        html.Append("<h2>Cross-validation of the calibration</h2>\n<p id=\"uncertainty\">")
            .Append(E($"Cross-validated QWK {F(report.Calibrated.QuadraticWeightedKappa)} (95% bootstrap interval {F(cv.ConfidenceLow)}–{F(cv.ConfidenceHigh)}); mean of the folds {F(cv.MeanQuadraticWeightedKappa)} ± {F(cv.FoldStandardDeviation)} (SD across folds). Blend: {F(cv.TreeWeight, "0.00")} boosted trees, {F(cv.RidgeWeight, "0.00")} n-gram ridge, {F(cv.EngineLineWeight, "0.00")} straight line on the engine total."))
            .Append("</p>\n<table id=\"folds-table\"><thead><tr><th>fold</th><th>scripts</th><th>QWK</th><th>exact</th><th>RMSE</th></tr></thead><tbody>");
        foreach (var fold in cv.Folds)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{fold.Fold}</td><td>{fold.Count}</td><td>{F(fold.QuadraticWeightedKappa)}</td><td>{P(fold.ExactAgreement)}</td><td>{F(fold.RootMeanSquaredError, "0.00")}</td></tr>");
        }

        html.Append("</tbody></table>\n");
    }

    private static void AppendFigures(StringBuilder html, AgreementReport report)
    {
        var confusion = report.Calibrated.Confusion;
        var (low, high) = ObservedRange(report);
        var labels = Enumerable.Range(low, high - low + 1).Select(m => m.ToString(CultureInfo.InvariantCulture)).ToArray();
        html.Append("<h2>Figures</h2>\n<figure>");
        html.Append(SvgChart.HeatMap("confusion-heatmap", "Confusion heat map: teacher mark (rows) against calibrated engine mark (columns)", "teacher mark", "calibrated engine mark", labels, (i, j) => confusion.Count(low + i, low + j), confusion.LargestCount));
        html.Append("<figcaption>Figure 1. Confusion heat map: how many scripts the teacher gave each mark (rows) and the calibrated engine gave each mark (columns). The diagonal (outlined) is exact agreement.</figcaption></figure>\n");

        var teacherCounts = Distribution(report.Calibrated, low, high, teacher: true);
        var engineCounts = Distribution(report.Engine, low, high, teacher: false);
        var calibratedCounts = Distribution(report.Calibrated, low, high, teacher: false);
        html.Append("<figure>").Append(SvgChart.Bars("distributions", "Score distributions: teacher, engine and calibrated engine", labels, [new("teacher", Teal, teacherCounts), new("engine as it stands", Orange, engineCounts), new("calibrated", Purple, calibratedCounts)], "scripts", "0"));
        html.Append("<figcaption>Figure 2. Teacher and engine score distributions: scripts at each mark.</figcaption></figure>\n");

        var levels = report.Calibrated.ByLevel.Select(l => l.TeacherMark).ToArray();
        var engineBias = levels.Select(m => report.Engine.ByLevel.FirstOrDefault(l => l.TeacherMark == m)?.MeanDifference ?? double.NaN).ToArray();
        var calibratedBias = levels.Select(m => report.Calibrated.ByLevel.First(l => l.TeacherMark == m).MeanDifference).ToArray();
        html.Append("<figure>").Append(SvgChart.Bars("bias-by-level", "Mean difference engine − teacher at each teacher mark", levels.Select(m => m.ToString(CultureInfo.InvariantCulture)).ToArray(), [new("engine as it stands", Orange, engineBias), new("calibrated", Purple, calibratedBias)], "marks (engine − teacher)"));
        html.Append("<figcaption>Figure 3. Agreement by level: the mean of engine − teacher at each teacher mark. Above zero the engine is lenient at that level, below it severe.</figcaption></figure>\n");

        html.Append("<figure>");
        if (report.Markers.Count > 0)
        {
            html.Append(SvgChart.Bars("marker-bias", "Per-marker bias: mean of marker − calibrated engine", report.Markers.Select(m => m.Marker).ToArray(), [new("marker − calibrated engine", Teal, report.Markers.Select(m => m.BiasAgainstCalibrated).ToArray()), new("marker − other markers", Orange, report.Markers.Select(m => m.BiasAgainstOtherMarkers).ToArray())], "marks"));
            html.Append("<figcaption>Figure 4. Per-marker bias: each marker's mean mark minus the calibrated engine's (the team standard it learned) and minus the other markers' on shared scripts. Above zero: more lenient.</figcaption>");
        }
        else
        {
            html.Append("<p id=\"marker-bias\" class=\"muted\">Figure 4 (per-marker bias) needs a 'marker' column: the marks have none.</p>");
        }

        html.Append("</figure>\n");
    }

    private static void AppendCriteria(StringBuilder html, AgreementReport report)
    {
        html.Append("<h2>Per criterion</h2>\n");
        if (report.Criteria.Count == 0)
        {
            html.Append("<p class=\"muted\">No per-criterion teacher marks (columns teacher_&lt;criterion id&gt;) were given.</p>\n");
            return;
        }

        html.Append("<p>The engine's own criterion marks against the teacher's, and, for each criterion the teacher marked on enough scripts, the calibrated criterion marks (cross-validated, as for the total).</p><table id=\"criteria-table\"><thead><tr><th class=\"text\">criterion</th><th>max</th><th>scripts</th><th>QWK</th><th>exact</th><th>adjacent</th><th>r</th><th>SMD</th><th>mean teacher</th><th>mean engine</th><th>calibrated QWK</th><th>calibrated exact</th><th>calibrated SMD</th></tr></thead><tbody>");
        foreach (var criterion in report.Criteria)
        {
            var a = criterion.Agreement;
            html.Append("<tr><td class=\"text\">").Append(E($"{criterion.Name} ({criterion.CriterionId})")).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{criterion.Max}</td><td>{a.Count}</td>")
                .Append(QwkCell(a.QuadraticWeightedKappa))
                .Append(CultureInfo.InvariantCulture, $"<td>{P(a.ExactAgreement)}</td><td>{P(a.AdjacentAgreement)}</td>")
                .Append(Cell(F(a.Pearson), a.Pearson >= AgreementThresholds.MinimumPearson))
                .Append(SmdCell(a.StandardisedMeanDifference))
                .Append(CultureInfo.InvariantCulture, $"<td>{F(a.MeanTeacher, "0.00")}</td><td>{F(a.MeanEngine, "0.00")}</td>");
            if (criterion.Calibrated is { } c)
            {
                html.Append(QwkCell(c.QuadraticWeightedKappa))
                    .Append(CultureInfo.InvariantCulture, $"<td>{P(c.ExactAgreement)}</td>")
                    .Append(SmdCell(c.StandardisedMeanDifference));
            }
            else
            {
                html.Append("<td>—</td><td>—</td><td>—</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>\n");
    }

    private static void AppendMarkers(StringBuilder html, AgreementReport report)
    {
        html.Append("<h2>Per marker</h2>\n");
        if (report.Markers.Count == 0)
        {
            html.Append("<p class=\"muted\">No 'marker' column: every mark is treated as one teacher's.</p>\n");
            return;
        }

        html.Append("<table id=\"markers-table\"><thead><tr><th class=\"text\">marker</th><th>scripts</th><th>QWK vs engine</th><th>QWK vs calibrated</th><th>QWK vs other markers</th><th>SMD vs calibrated</th><th>bias vs calibrated</th><th>bias vs other markers</th></tr></thead><tbody>");
        foreach (var marker in report.Markers)
        {
            html.Append("<tr><td class=\"text\">").Append(E(marker.Marker)).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{marker.Scripts}</td>")
                .Append(QwkCell(marker.AgainstEngine.QuadraticWeightedKappa))
                .Append(QwkCell(marker.AgainstCalibrated.QuadraticWeightedKappa))
                .Append(marker.AgainstOtherMarkers is { } others ? QwkCell(others.QuadraticWeightedKappa) : "<td>—</td>")
                .Append(SmdCell(-marker.AgainstCalibrated.StandardisedMeanDifference))
                .Append(CultureInfo.InvariantCulture, $"<td>{Signed(marker.BiasAgainstCalibrated)}</td><td>{Signed(marker.BiasAgainstOtherMarkers)}</td></tr>");
        }

        html.Append("</tbody></table><p class=\"muted\">Bias is in marks: positive means the marker gives more than the calibrated engine (or the other markers). SMD here is marker − calibrated engine.</p>\n");
    }

    private static void AppendReview(StringBuilder html, AgreementReport report)
    {
        html.Append("<h2>Scripts to look at again</h2>\n<p>").Append(E(ReviewRule(report))).Append("</p>\n");
        foreach (var (reason, id, heading) in new[]
        {
            (ReviewReason.Disagreement, "review-disagreement", "Where the teacher and the calibrated engine disagree by more than its usual error"),
            (ReviewReason.Uncertain, "review-uncertain", "Where the engine is least sure (its two learners disagree by more than its usual error, or a check flagged the script)"),
        })
        {
            var scripts = report.ToReview.Where(r => r.Reason == reason).ToArray();
            html.Append("<h3>").Append(E(heading)).Append("</h3>");
            if (scripts.Length == 0)
            {
                html.Append("<p class=\"muted\">None.</p>");
                continue;
            }

            html.Append("<table id=\"").Append(id).Append("\"><thead><tr><th class=\"text\">id</th><th class=\"text\">marker</th><th>teacher</th><th>engine</th><th>calibrated</th><th>prediction</th><th>uncertainty</th><th class=\"text\">flags</th><th class=\"text\">start of the script</th></tr></thead><tbody>");
            foreach (var script in scripts)
            {
                html.Append("<tr><td class=\"text\">").Append(E(script.Id)).Append("</td><td class=\"text\">").Append(E(script.Marker ?? "")).Append("</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{script.TeacherMark}</td><td>{script.EngineMark}</td><td>{script.CalibratedMark}</td><td>{F(script.Prediction, "0.00")}</td><td>{F(script.Uncertainty, "0.00")}</td>")
                    .Append("<td class=\"text\">").Append(E(string.Join(", ", script.Flags))).Append("</td><td class=\"excerpt\">").Append(E(script.Excerpt)).Append("</td></tr>");
            }

            html.Append("</tbody></table>\n");
        }
    }

    private static void AppendDefinitions(StringBuilder html)
    {
        html.Append("<h2>Definitions</h2><dl class=\"definitions\">");
        foreach (var (term, definition) in Definitions)
        {
            html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(definition)).Append("</dd>");
        }

        html.Append("</dl>\n");
    }

    private static readonly (string Term, string Definition)[] Definitions =
    [
        ("Quadratic weighted kappa (QWK)", "1 − Σ w·O / Σ w·E over the confusion matrix O of the two markers' marks, E the matrix expected by chance from their marginals, w = (i − j)² / (K − 1)² for the K marks of the scale. 1 is perfect agreement, 0 chance."),
        ("Cohen's kappa", "(p_o − p_e) / (1 − p_e): exact agreement beyond chance."),
        ("Exact / adjacent agreement", "Share of scripts given the same mark / marks at most one apart."),
        ("Pearson r, Spearman ρ", "Correlation of the marks; Spearman's on ranks, tied marks sharing their mean rank."),
        ("RMSE", "√(mean (engine − teacher)²), in marks."),
        ("Standardised mean difference (SMD)", "(mean engine − mean teacher) ÷ pooled SD, pooled SD = √((SD_teacher² + SD_engine²) / 2), sample SDs (n − 1), as RSMTool reports it. Positive: the engine is more lenient."),
        ("Degradation", "Human–human QWK minus engine–human QWK, on the scripts that were marked twice (human–human) and all scripts (engine)."),
        ("Thresholds", "Williamson, Xi & Breyer (2012): QWK ≥ 0.70, Pearson r ≥ 0.70, |SMD| ≤ 0.15, degradation ≤ 0.10. Green meets the threshold, red does not."),
        ("Calibrated (cross-validated)", "Each script marked by a calibration trained on the other folds only, with cut-points tuned on the other folds' predictions: an estimate of agreement on scripts the calibration has not seen. The interval is the 2.5th–97.5th percentile of QWK over bootstrap resamples of the scripts."),
    ];

    /// <summary>The same figures as Markdown tables: agreement, folds, confusion matrix, distributions, bias by level, per criterion, per marker, scripts to review.</summary>
    public static string ToMarkdown(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Calibration report: {M(report.RubricTitle)}\n\nRubric {M(report.RubricId)}, marks 0–{report.MaxMark}, {report.Scripts} marked scripts.\n\n");
        foreach (var note in report.Notes)
        {
            md.Append("- ").Append(M(note)).Append('\n');
        }

        md.Append("\n## Agreement\n\n| statistic | engine as it stands | calibrated (cross-validated) | human–human | threshold |\n|---|---:|---:|---:|---|\n");
        var columns = new[] { report.Engine, report.Calibrated, report.HumanHuman };
        void Line(string name, Func<Agreement, string> value, string threshold) =>
            md.Append("| ").Append(name).Append(" | ").Append(string.Join(" | ", columns.Select(a => a is null ? "—" : value(a)))).Append(" | ").Append(threshold).Append(" |\n");
        Line("scripts", a => a.Count.ToString(CultureInfo.InvariantCulture), "");
        Line("QWK", a => F(a.QuadraticWeightedKappa), "≥ 0.70");
        Line("Cohen's kappa", a => F(a.CohenKappa), "");
        Line("exact agreement", a => P(a.ExactAgreement), "");
        Line("adjacent agreement", a => P(a.AdjacentAgreement), "");
        Line("Pearson r", a => F(a.Pearson), "≥ 0.70");
        Line("Spearman ρ", a => F(a.Spearman), "");
        Line("RMSE", a => F(a.RootMeanSquaredError, "0.00"), "");
        Line("SMD (pooled SD)", a => F(a.StandardisedMeanDifference), "\\|SMD\\| ≤ 0.15");
        if (report.HumanHuman is { } human)
        {
            md.Append(CultureInfo.InvariantCulture, $"| degradation | {F(human.QuadraticWeightedKappa - report.Engine.QuadraticWeightedKappa)} | {F(human.QuadraticWeightedKappa - report.Calibrated.QuadraticWeightedKappa)} | | ≤ 0.10 |\n");
        }

        var cv = report.CrossValidation;
        md.Append(CultureInfo.InvariantCulture, $"\n## Cross-validation\n\nCross-validated QWK {F(report.Calibrated.QuadraticWeightedKappa)} (95% bootstrap interval {F(cv.ConfidenceLow)}–{F(cv.ConfidenceHigh)}); mean of folds {F(cv.MeanQuadraticWeightedKappa)} ± {F(cv.FoldStandardDeviation)}.\n\n| fold | scripts | QWK | exact | RMSE |\n|---:|---:|---:|---:|---:|\n");
        foreach (var fold in cv.Folds)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {fold.Fold} | {fold.Count} | {F(fold.QuadraticWeightedKappa)} | {P(fold.ExactAgreement)} | {F(fold.RootMeanSquaredError, "0.00")} |\n");
        }

        var (low, high) = ObservedRange(report);
        var marks = Enumerable.Range(low, high - low + 1).ToArray();
        md.Append("\n## Confusion matrix (rows: teacher, columns: calibrated engine)\n\n| teacher \\ engine | ").Append(string.Join(" | ", marks)).Append(" |\n|---:|").Append(string.Concat(marks.Select(_ => "---:|"))).Append('\n');
        foreach (var t in marks)
        {
            md.Append("| **").Append(t).Append("** | ").Append(string.Join(" | ", marks.Select(e => report.Calibrated.Confusion.Count(t, e)))).Append(" |\n");
        }

        var teacherCounts = Distribution(report.Calibrated, low, high, teacher: true);
        var engineCounts = Distribution(report.Engine, low, high, teacher: false);
        var calibratedCounts = Distribution(report.Calibrated, low, high, teacher: false);
        md.Append("\n## Score distributions\n\n| mark | teacher | engine as it stands | calibrated |\n|---:|---:|---:|---:|\n");
        for (var k = 0; k < marks.Length; k++)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {marks[k]} | {teacherCounts[k]} | {engineCounts[k]} | {calibratedCounts[k]} |\n");
        }

        md.Append("\n## Mean difference (engine − teacher) by teacher mark\n\n| teacher mark | scripts | engine as it stands | calibrated |\n|---:|---:|---:|---:|\n");
        foreach (var level in report.Calibrated.ByLevel)
        {
            var engine = report.Engine.ByLevel.FirstOrDefault(l => l.TeacherMark == level.TeacherMark);
            md.Append(CultureInfo.InvariantCulture, $"| {level.TeacherMark} | {level.Count} | {Signed(engine?.MeanDifference ?? double.NaN)} | {Signed(level.MeanDifference)} |\n");
        }

        if (report.Criteria.Count > 0)
        {
            md.Append("\n## Per criterion (engine's own criterion marks; calibrated ones cross-validated)\n\n| criterion | max | scripts | QWK | exact | r | SMD | calibrated QWK | calibrated exact | calibrated SMD |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            foreach (var c in report.Criteria)
            {
                var calibrated = c.Calibrated is { } k ? $"{F(k.QuadraticWeightedKappa)} | {P(k.ExactAgreement)} | {F(k.StandardisedMeanDifference)}" : "— | — | —";
                md.Append(CultureInfo.InvariantCulture, $"| {M(c.CriterionId)} | {c.Max} | {c.Agreement.Count} | {F(c.Agreement.QuadraticWeightedKappa)} | {P(c.Agreement.ExactAgreement)} | {F(c.Agreement.Pearson)} | {F(c.Agreement.StandardisedMeanDifference)} | {calibrated} |\n");
            }
        }

        if (report.Markers.Count > 0)
        {
            md.Append("\n## Per marker\n\n| marker | scripts | QWK vs engine | QWK vs calibrated | QWK vs other markers | bias vs calibrated | bias vs other markers |\n|---|---:|---:|---:|---:|---:|---:|\n");
            foreach (var m in report.Markers)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {M(m.Marker)} | {m.Scripts} | {F(m.AgainstEngine.QuadraticWeightedKappa)} | {F(m.AgainstCalibrated.QuadraticWeightedKappa)} | {(m.AgainstOtherMarkers is { } o ? F(o.QuadraticWeightedKappa) : "—")} | {Signed(m.BiasAgainstCalibrated)} | {Signed(m.BiasAgainstOtherMarkers)} |\n");
            }
        }

        md.Append("\n## Scripts to look at again\n\n").Append(M(ReviewRule(report))).Append("\n\n| reason | id | marker | teacher | engine | calibrated | prediction | uncertainty | flags |\n|---|---|---|---:|---:|---:|---:|---:|---|\n");
        foreach (var r in report.ToReview)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {(r.Reason == ReviewReason.Disagreement ? "disagreement" : "uncertain")} | {M(r.Id)} | {M(r.Marker ?? "")} | {r.TeacherMark} | {r.EngineMark} | {r.CalibratedMark} | {F(r.Prediction, "0.00")} | {F(r.Uncertainty, "0.00")} | {M(string.Join(", ", r.Flags))} |\n");
        }

        return md.ToString();
    }

    private static (int Low, int High) ObservedRange(AgreementReport report)
    {
        var marks = report.Calibrated.ByLevel.Select(l => l.TeacherMark)
            .Concat(Enumerable.Range(0, report.MaxMark + 1).Where(m => Enumerable.Range(0, report.MaxMark + 1).Any(t => report.Calibrated.Confusion.Count(t, m) > 0 || report.Engine.Confusion.Count(t, m) > 0)))
            .ToArray();
        return marks.Length == 0 ? (0, report.MaxMark) : (marks.Min(), marks.Max());
    }

    private static double[] Distribution(Agreement agreement, int low, int high, bool teacher) =>
        Enumerable.Range(low, high - low + 1)
            .Select(m => (double)Enumerable.Range(agreement.Confusion.Min, agreement.Confusion.Max - agreement.Confusion.Min + 1).Sum(o => teacher ? agreement.Confusion.Count(m, o) : agreement.Confusion.Count(o, m)))
            .ToArray();

    private static string E(string text) => SvgChart.Escape(text);

    /// <summary>
    /// Text for a Markdown table cell or list item, shown as the characters it holds: the characters Markdown gives a
    /// meaning to inside a line (link brackets, emphasis, code, strike-through, the cell bar) are backslash-escaped, and so
    /// are those that start a heading, list or quote when they come first; HTML's &lt; and &amp; become entities, and line
    /// breaks become spaces. A marker named "[click me](javascript:alert(1))" stays text and never becomes a link.
    /// </summary>
    internal static string M(string text)
    {
        var cell = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\n':
                    cell.Append(' ');
                    break;
                case '<':
                    cell.Append("&lt;");
                    break;
                case '&':
                    cell.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    cell.Append('\\').Append(c);
                    break;
                case '#' or '+' or '-' or '>' when cell.Length == 0:
                    // Only at the start of a line (a list item's text) do these begin a heading, list or quote.
                    cell.Append('\\').Append(c);
                    break;
                default:
                    cell.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return cell.ToString();
    }

    /// <summary>How the scripts to look at again were chosen, with the calibrated engine's usual error in marks.</summary>
    internal static string ReviewRule(AgreementReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"Listed: scripts whose calibrated mark is more than {F(report.Calibrated.RootMeanSquaredError, "0.00")} marks (the calibrated engine's cross-validated RMSE, its usual error) from the teacher's; and scripts where the engine is unsure by more than that (the gap between its two learners' predictions, plus half a mark when the prediction is within 0.1 of a cut-point) or which a check sent to review.");

    private static string F(double value, string format = "0.000") => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string P(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Signed(double value) => double.IsNaN(value) ? "n/a" : value.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);
}
