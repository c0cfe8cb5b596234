using Grader.Scoring;

namespace Grader.Calibration;

/// <summary>
/// Learns from a sample of a teacher's marks so the engine marks the rest the way they do, and measures how far the
/// engine agrees with them (as it stands, and as calibrated, by cross-validation).
/// </summary>
public static class TeacherCalibration
{
    /// <summary>Fewer distinct marked scripts than this cannot be cross-validated at all.</summary>
    public const int MinimumScripts = 10;

    /// <summary>Below this many distinct scripts the learned model is not trustworthy (it is still trained, with a note).</summary>
    public const int RecommendedScripts = 30;

    /// <summary>
    /// Grades every marked script with <paramref name="scheme"/>, cross-validates the calibration, trains it on all the
    /// scripts (and a calibration of each criterion the teacher marked on at least <see cref="MinimumScripts"/> scripts)
    /// and reports agreement. Throws <see cref="ArgumentException"/> when a mark is outside the rubric's range, a
    /// criterion mark names a criterion the rubric lacks or is outside its range, or there are fewer than
    /// <see cref="MinimumScripts"/> distinct scripts that can be graded.
    /// </summary>
    public static CalibrationResult Train(MarkScheme scheme, IReadOnlyList<MarkedScript> marks, CalibrationOptions? options = null) =>
        Train(scheme, marks, options, progress: null, CancellationToken.None);

    /// <summary>
    /// As <see cref="Train(MarkScheme, IReadOnlyList{MarkedScript}, CalibrationOptions?)"/>, telling
    /// <paramref name="progress"/> how far it is (scripts graded, then marks fitted: the total and each calibrated
    /// criterion) and stopping with <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/>
    /// is cancelled (between scripts and between learners).
    /// </summary>
    public static CalibrationResult Train(MarkScheme scheme, IReadOnlyList<MarkedScript> marks, CalibrationOptions? options, IProgress<CalibrationProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(marks);
        options ??= new CalibrationOptions();
        if (options.Folds is < 2 or > 20)
        {
            throw new ArgumentException("Folds must be from 2 to 20.", nameof(options));
        }

        var rubric = scheme.Rubric;
        foreach (var mark in marks)
        {
            if (mark.TeacherMark < 0 || mark.TeacherMark > rubric.MaxMark)
            {
                throw new ArgumentException($"Script '{mark.Id}' has the mark {mark.TeacherMark}, outside 0–{rubric.MaxMark}.", nameof(marks));
            }

            foreach (var (criterionId, criterionMark) in mark.CriterionMarks)
            {
                var criterion = rubric.Criteria.FirstOrDefault(c => c.Id == criterionId)
                    ?? throw new ArgumentException($"Script '{mark.Id}' has a mark for the criterion '{criterionId}', which the rubric '{rubric.Id}' does not have (its criteria: {string.Join(", ", rubric.Criteria.Select(c => c.Id))}).", nameof(marks));
                if (criterionMark < 0 || criterionMark > criterion.Max)
                {
                    throw new ArgumentException($"Script '{mark.Id}' has the mark {criterionMark} for the criterion '{criterionId}', outside 0–{criterion.Max}.", nameof(marks));
                }
            }
        }

        var notes = new List<string>();
        var scripts = marks
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .Select(group => new CalibrationScript(group.Key, group.First().Text, group.ToArray()))
            .ToList();
        var grader = new EssayGrader(scheme);
        var ownReferences = OwnReferenceGrading.Grade(scheme, scripts, options.Seed, notes);
        var graded = 0;
        Parallel.ForEach(scripts, new ParallelOptions { CancellationToken = cancellationToken }, script =>
        {
            script.Grade = ownReferences.TryGetValue(script.Id, out var heldOut) ? heldOut : grader.Grade(script.Text);
            script.Tokens = TokenizedText.Of(script.Text);
            progress?.Report(new CalibrationProgress { Stage = CalibrationStage.GradingScripts, Completed = Interlocked.Increment(ref graded), Total = scripts.Count });
        });
        var ungradable = scripts.Where(s => s.Grade.Status == GradeStatus.Error).ToArray();
        if (ungradable.Length > 0)
        {
            notes.Add($"{ungradable.Length} script(s) could not be graded and were left out: {string.Join(", ", ungradable.Take(5).Select(s => $"'{s.Id}' ({s.Grade.Error})"))}.");
            scripts = scripts.Except(ungradable).ToList();
        }

        if (scripts.Count < MinimumScripts)
        {
            throw new ArgumentException($"Only {scripts.Count} distinct marked scripts could be graded: a calibration needs at least {MinimumScripts} (and {RecommendedScripts} or more to be trustworthy).", nameof(marks));
        }

        if (scripts.Count < RecommendedScripts)
        {
            notes.Add($"Only {scripts.Count} marked scripts: below the {RecommendedScripts} the learner needs for a trustworthy model. The calibration was trained, but treat its figures as rough (see the confidence interval) and mark more scripts.");
        }

        var fitted = CalibrationFitter.Fit(
            scheme,
            scripts,
            options,
            (done, total) => progress?.Report(new CalibrationProgress { Stage = CalibrationStage.FittingMarks, Completed = done, Total = total }),
            cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var report = AgreementReportBuilder.Build(scheme, scripts, fitted, options, notes);
        return new CalibrationResult(fitted.Model, report);
    }
}
