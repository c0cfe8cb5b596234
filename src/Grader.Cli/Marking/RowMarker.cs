using Grader.Scoring;

namespace Grader.Cli.Marking;

/// <summary>Marks one row (or turns its problem into an error row) and formats its output lines; thread-safe.</summary>
internal sealed class RowMarker(EssayGrader grader, MarksLayout layout, bool withDetails)
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
        return new MarkedRow(sequence, layout.RowLine(row, result, _max), details, Grader.Reporting.GradeJsonWriter.StatusName(result.Status), result.Band);
    }

    private GradeResult ErrorResult(string problem) =>
        new(GradeStatus.Error, 0, _max, "", [], [], [], [], new EssayStatistics(0, 0, 0), problem);
}
