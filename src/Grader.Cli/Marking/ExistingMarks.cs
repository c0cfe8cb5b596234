using System.Globalization;
using CsvHelper;
using Grader.Cli.Csv;
using Grader.Csv;

namespace Grader.Cli.Marking;

/// <summary>
/// What an earlier, interrupted run left in the marks file, for <c>--resume</c>: the input row number and id hash of every
/// whole row it holds (so the resumed run can check them against the input, row by row), the last id, and its statuses
/// and bands. A torn last line (the run was killed mid-write) is cut off, so the resumed run writes that row again;
/// nothing is duplicated or lost.
/// </summary>
internal sealed record ExistingMarks(IReadOnlyList<WrittenRow> Written, string LastId, long WholeLength, MarkTally Tally)
{
    /// <summary>Nothing marked yet (a new tally each time: the tally is added to as the run goes on).</summary>
    public static ExistingMarks None => new([], "", 0, new MarkTally());

    public long Rows => Written.Count;

    public long LastRow => Written.Count > 0 ? Written[^1].Row : 0;

    /// <summary>Reads <paramref name="path"/>; null and <paramref name="problem"/> when it is not an output of this run's shape.</summary>
    public static ExistingMarks? Read(string path, MarksLayout layout, int maxFieldLength, out string problem)
    {
        try
        {
            return ReadRecords(path, layout, maxFieldLength, out problem);
        }
        catch (CsvFormatException exception)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} line {exception.LineNumber} is not a row this tool wrote (it is too long), so the file cannot be resumed. Mark into a new file.");
            return null;
        }
    }

    private static ExistingMarks? ReadRecords(string path, MarksLayout layout, int maxFieldLength, out string problem)
    {
        problem = "";
        var name = Path.GetFileName(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var fileLength = stream.Length;
        using var records = CsvRecordReader.OpenStandard(stream, CsvEssaySource.MaxRecordBytes(maxFieldLength));

        // A record that ends where the file ends has no line break: the run was killed while writing it.
        if (!records.TryRead(out var header) || header.EndOffset >= fileLength)
        {
            return None;
        }

        if (!header.Fields.SequenceEqual(layout.Columns.Select(SpreadsheetFormula.Escape), StringComparer.Ordinal))
        {
            problem = $"{name} cannot be resumed: its columns ({string.Join(",", header.Fields)}) are not the ones this run writes ({string.Join(",", layout.Columns)}). Use the same input, rubric and options, or mark into a new file.";
            return null;
        }

        var tally = new MarkTally();
        var written = new List<WrittenRow>();
        long lastRow = 0;
        var lastId = "";

        // Whole rows end where the next record starts (after their line break); the last one where the file ends.
        var wholeLength = fileLength;
        while (records.TryRead(out var record))
        {
            wholeLength = record.StartOffset;
            if (record.EndOffset >= fileLength || record.Problem is not null)
            {
                break;
            }

            if (record.Fields.Count != layout.Columns.Count
                || !long.TryParse(record.Fields[layout.RowIndex], NumberStyles.None, CultureInfo.InvariantCulture, out var row)
                || row <= lastRow)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"{name} line {record.Line} is not a row this tool wrote (wrong number of fields, or its row number is missing or out of order), so the file cannot be resumed. Mark into a new file.");
                return null;
            }

            written.Add(new WrittenRow(row, ShardSelector.Hash(record.Fields[0])));
            lastRow = row;
            lastId = record.Fields[0];
            tally.Add(record.Fields[layout.StatusIndex], record.Fields[4]);
            wholeLength = fileLength;
        }

        return new ExistingMarks(written, lastId, wholeLength, tally);
    }

    /// <summary>Cuts the details JSONL file after its first <paramref name="rows"/> lines; false when it has fewer.</summary>
    public static bool TrimDetails(string path, long rows)
    {
        if (!File.Exists(path))
        {
            return rows == 0;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var buffer = new byte[64 * 1024];
        long lines = 0, offset = 0;
        int read;
        while (lines < rows && (read = stream.Read(buffer)) > 0)
        {
            for (var i = 0; i < read && lines < rows; i++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    lines++;
                    offset = stream.Position - read + i + 1;
                }
            }
        }

        if (lines < rows)
        {
            return false;
        }

        stream.SetLength(offset);
        return true;
    }
}
