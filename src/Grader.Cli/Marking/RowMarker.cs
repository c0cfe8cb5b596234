using Grader.Batch;
using Grader.Calibration;
using Grader.Scoring;

namespace Grader.Cli.Marking;

/// <summary>Marks one row (or turns its problem into an error row), adds its <c>copied-peer</c> flag when <paramref name="peers"/> has one, and formats its output lines; thread-safe.</summary>
internal sealed class RowMarker(EssayGrader grader, MarksLayout layout, bool withDetails, CalibrationModel? calibration = null, PeerCopies? peers = null)
{
    private readonly int _max = grader.Scheme.Rubric.MaxMark;

    public MarkedRow Mark(long sequence, EssayRow row)
    {
        GradeResult result;
        if (row.Problem is not null)
        {
            result = ErrorResult(row.Problem);
        }
        else
        {
            try
            {
                result = grader.Grade(row.Text);
                if (peers?.For(row.Row) is { } match)
                {
                    result = PeerCopyFlag.AddTo(result, match);
                }

                if (result.Status == GradeStatus.Error)
                {
                    row = row with { Problem = $"{row.Location}: {result.Error}" };
                    result = result with { Error = row.Problem };
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                row = row with { Problem = $"{row.Location}: the grader failed on this essay ({exception.GetType().Name}: {exception.Message}). Please report it with the essay." };
                result = ErrorResult(row.Problem);
            }
        }

        var details = withDetails ? MarksLayout.DetailsLine(row, result) : null;
        int? engineTotal = null;
        if (calibration is not null && result.Status != GradeStatus.Error)
        {
            // The calibrated model gives the total and band, and the marks of the criteria it learned from the teacher's
            // criterion marks; the other criterion marks stay the rubric's, and engine_total keeps the rubric's sum.
            var calibrated = calibration.Apply(result, row.Text);
            engineTotal = result.Total;
            var criteria = result.Criteria;
            if (calibrated.Criteria.Count > 0)
            {
                criteria = criteria.Select(c => calibrated.Criteria.FirstOrDefault(k => k.CriterionId == c.Id) is { } k ? c with { Mark = k.Mark } : c).ToArray();
            }

            result = result with { Total = calibrated.Total, Band = calibrated.Band, Criteria = criteria };
        }

        return new MarkedRow(sequence, layout.RowCells(row, result, _max, engineTotal), details, Grader.Reporting.GradeJsonWriter.StatusName(result.Status), result.Band);
    }

    private GradeResult ErrorResult(string problem) =>
        new(GradeStatus.Error, 0, _max, "", [], [], [], [], new EssayStatistics(0, 0, 0), problem, []);
}
