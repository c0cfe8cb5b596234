using System.Globalization;
using Grader.Cli.Csv;

namespace Grader.Cli.Marking;

/// <summary>
/// The rows a run marks: those in its shard, after the rows an earlier run already wrote (<c>--resume</c>). The rows
/// skipped are checked one by one against what that run wrote (the same input rows of this shard, with the same ids,
/// none missing), so an output from another input, or one with a row deleted, is refused before anything is written.
/// Counts every input row, for the shard's coverage record.
/// </summary>
internal sealed class RowSelection(ShardSelector shard, ExistingMarks existing)
{
    /// <summary>The number of input rows read (all of them once <see cref="Apply"/> has been enumerated to its end).</summary>
    public long InputRows { get; private set; }

    public IEnumerable<EssayRow> Apply(IEnumerable<EssayRow> rows)
    {
        var written = existing.Written;
        var next = 0;
        foreach (var row in rows)
        {
            InputRows = row.Row;
            if (!shard.Contains(row.Id))
            {
                continue;
            }

            if (next < written.Count)
            {
                Check(row, written[next]);
                next++;
                continue;
            }

            yield return row;
        }

        if (next < written.Count)
        {
            throw Mismatch($"the output being resumed goes up to input row {existing.LastRow}, but the input has only {InputRows} rows: it was made from a different input");
        }
    }

    private static void Check(EssayRow row, WrittenRow written)
    {
        if (written.Row > row.Row)
        {
            throw Mismatch($"input row {row.Row} (id '{row.Id}') is missing from the output being resumed, which goes on with row {written.Row}: rows were removed from it, or it was made from a different input");
        }

        if (written.Row < row.Row)
        {
            throw Mismatch($"the output being resumed holds input row {written.Row}, which the input does not have there (its next row is {row.Row}, id '{row.Id}'): it was made from a different input");
        }

        if (written.IdHash != ShardSelector.Hash(SpreadsheetFormula.Escape(row.Id)))
        {
            throw Mismatch($"row {row.Row} of the output being resumed has another id than row {row.Row} of the input ('{row.Id}'): it was made from a different input");
        }
    }

    private static InputMismatchException Mismatch(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{what}. Mark into a new file, or without --resume."));
}
