using System.Globalization;

namespace Grader.Calibration;

/// <summary>Builds the <see cref="AgreementReport"/> of a fitted calibration from its scripts and cross-validation.</summary>
internal static class AgreementReportBuilder
{
    private const int ExcerptLength = 280;

    public static AgreementReport Build(MarkScheme scheme, IReadOnlyList<CalibrationScript> scripts, FittedCalibration fitted, CalibrationOptions options, List<string> notes)
    {
        var rubric = scheme.Rubric;
        var max = rubric.MaxMark;
        var teacher = scripts.Select(s => s.TeacherMark).ToArray();
        var engine = scripts.Select(s => s.Grade.Total).ToArray();
        var engineAgreement = Agreement.Measure(teacher, engine, 0, max);
        var calibrated = Agreement.Measure(teacher, fitted.Total.CrossValidatedMarks, 0, max);

        var criteria = new List<CriterionAgreement>();
        foreach (var criterion in rubric.Criteria)
        {
            var marked = scripts.Where(s => s.Marks[0].CriterionMarks.ContainsKey(criterion.Id)).ToArray();
            if (marked.Length == 0)
            {
                continue;
            }

            var fit = fitted.Criteria.FirstOrDefault(c => c.CriterionId == criterion.Id)?.Fit;
            if (fit is null)
            {
                notes.Add($"Only {scripts.Count(s => s.Marks.Any(m => m.CriterionMarks.ContainsKey(criterion.Id)))} script(s) have the teacher's mark for the criterion '{criterion.Id}': it needs {TeacherCalibration.MinimumScripts} or more to be calibrated, so its marks stay the engine's.");
            }

            criteria.Add(new CriterionAgreement(
                criterion.Id,
                criterion.Name,
                criterion.Max,
                Agreement.Measure(
                    marked.Select(s => s.Marks[0].CriterionMarks[criterion.Id]).ToArray(),
                    marked.Select(s => s.Grade.Criteria.First(c => c.Id == criterion.Id).Mark).ToArray(),
                    0,
                    criterion.Max))
            {
                Calibrated = fit is null ? null : Agreement.Measure(fit.Teacher, fit.CrossValidatedMarks, 0, criterion.Max),
            });
        }

        var doubleMarked = scripts.Where(s => s.Marks.Count >= 2).ToArray();
        Agreement? humanHuman = doubleMarked.Length >= 2
            ? Agreement.Measure(doubleMarked.Select(s => s.Marks[0].TeacherMark).ToArray(), doubleMarked.Select(s => s.Marks[1].TeacherMark).ToArray(), 0, max)
            : null;
        if (humanHuman is null)
        {
            notes.Add("No script was marked by two markers, so there is no human–human agreement to compare with (give a second marker's marks as extra rows with the same id and a 'marker' column).");
        }

        var markers = BuildMarkers(scripts, fitted, max);
        var review = BuildReview(scripts, fitted, calibrated.RootMeanSquaredError, options.ScriptsToReview);
        return new AgreementReport(
            rubric.Id,
            string.IsNullOrWhiteSpace(rubric.Title) ? rubric.Question : rubric.Title,
            max,
            scripts.Count,
            markers.Count,
            engineAgreement,
            calibrated,
            fitted.Total.CrossValidation,
            humanHuman,
            criteria,
            markers,
            review,
            notes);
    }

    private static List<MarkerAgreement> BuildMarkers(IReadOnlyList<CalibrationScript> scripts, FittedCalibration fitted, int max)
    {
        var result = new List<MarkerAgreement>();
        var names = scripts.SelectMany(s => s.Marks).Select(m => m.Marker).OfType<string>().Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var own = new List<int>();
            var engine = new List<int>();
            var calibrated = new List<int>();
            var mine = new List<int>();
            var theirs = new List<int>();
            for (var i = 0; i < scripts.Count; i++)
            {
                var marks = scripts[i].Marks;
                foreach (var mark in marks.Where(m => m.Marker == name))
                {
                    own.Add(mark.TeacherMark);
                    engine.Add(scripts[i].Grade.Total);
                    calibrated.Add(fitted.Total.CrossValidatedMarks[i]);
                    foreach (var other in marks.Where(m => m.Marker != name))
                    {
                        mine.Add(mark.TeacherMark);
                        theirs.Add(other.TeacherMark);
                    }
                }
            }

            result.Add(new MarkerAgreement(
                name,
                own.Count,
                Agreement.Measure(own, engine, 0, max),
                Agreement.Measure(own, calibrated, 0, max),
                mine.Count >= 2 ? Agreement.Measure(mine, theirs, 0, max) : null,
                own.Select((m, k) => (double)(m - calibrated[k])).Average(),
                mine.Count > 0 ? mine.Select((m, k) => (double)(m - theirs[k])).Average() : double.NaN));
        }

        return result;
    }

    /// <summary>
    /// The scripts to look at again, at most <paramref name="count"/> of each kind, both measured against the calibrated
    /// engine's usual error (its cross-validated RMSE, <paramref name="usualError"/> marks): those whose calibrated mark is
    /// further than that from the teacher's, largest gap first; and those where the engine is unsure by more than that
    /// (the gap between its two learners, plus half a mark when the prediction sits within 0.1 of a cut-point), or which a
    /// check sent to review, least sure first.
    /// </summary>
    private static List<ReviewScript> BuildReview(IReadOnlyList<CalibrationScript> scripts, FittedCalibration fitted, double usualError, int count)
    {
        var cuts = fitted.Model.Total.CutPoints.Thresholds;
        var marks = fitted.Total.CrossValidatedMarks;
        var candidates = Enumerable.Range(0, scripts.Count).Select(i =>
        {
            var prediction = fitted.Total.Predictions[i];
            var nearCut = cuts.Length > 0 && cuts.Min(c => Math.Abs(c - prediction)) < 0.1;
            var uncertainty = Math.Abs(fitted.Total.TreePredictions[i] - fitted.Total.LinearPredictions[i]) + (nearCut ? 0.5 : 0);
            var flagged = scripts[i].Grade.Status == Scoring.GradeStatus.Review;
            return (Index: i, Uncertainty: uncertainty, Flagged: flagged, Gap: Math.Abs(scripts[i].TeacherMark - marks[i]));
        }).ToArray();

        var disagreement = candidates
            .Where(c => c.Gap > usualError)
            .OrderByDescending(c => c.Gap)
            .ThenByDescending(c => Math.Abs(scripts[c.Index].TeacherMark - scripts[c.Index].Grade.Total))
            .ThenBy(c => c.Index)
            .Take(count)
            .Select(c => Review(ReviewReason.Disagreement, scripts[c.Index], fitted, c.Index, c.Uncertainty));
        var uncertain = candidates
            .Where(c => c.Flagged || c.Uncertainty > usualError)
            .OrderByDescending(c => c.Uncertainty + (c.Flagged ? 1 : 0))
            .ThenBy(c => c.Index)
            .Take(count)
            .Select(c => Review(ReviewReason.Uncertain, scripts[c.Index], fitted, c.Index, c.Uncertainty));
        return disagreement.Concat(uncertain).ToList();
    }

    private static ReviewScript Review(ReviewReason reason, CalibrationScript script, FittedCalibration fitted, int index, double uncertainty)
    {
        var text = script.Text.ReplaceLineEndings(" ").Trim();
        var excerpt = text.Length <= ExcerptLength ? text : text[..ExcerptLength].TrimEnd() + "…";
        return new ReviewScript(
            reason,
            script.Id,
            script.Marks[0].Marker,
            script.TeacherMark,
            script.Grade.Total,
            fitted.Total.CrossValidatedMarks[index],
            Math.Round(fitted.Total.Predictions[index], 2),
            Math.Round(uncertainty, 2),
            script.Grade.Flags.Select(f => f.Code).Distinct(StringComparer.Ordinal).ToArray(),
            excerpt);
    }

    public static string Format(double value, string format = "0.000") =>
        double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);
}
