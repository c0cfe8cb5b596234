using System.Globalization;
using CsvHelper;
using Grader.Cli.Csv;
using Grader.Cli.Marking;
using Grader.Csv;

namespace Grader.Cli.Commands;

/// <summary>One shard output being merged: its header, and the row it is positioned on (rows come in increasing row number).</summary>
internal sealed class MergeShard(string path, long length, CsvRecordReader reader) : IDisposable
{
    private int _rowIndex = -1;
    private long _previousRow;

    public string Name { get; } = Path.GetFileName(path);

    public IReadOnlyList<string> Header { get; private set; } = [];

    public IReadOnlyList<string>? Current { get; private set; }

    public long CurrentRow { get; private set; }

    public bool ReadHeader(out string problem)
    {
        problem = "";
        if (!TryRead(out var header) || header.EndOffset >= length || header.Problem is not null)
        {
            problem = $"{Name} is empty or has no whole header line: it is not an output of 'grader mark'.";
            return false;
        }

        Header = header.Fields;
        _rowIndex = header.Fields.ToList().IndexOf(MarksLayout.RowColumn);
        if (_rowIndex < 0)
        {
            problem = $"{Name} has no '{MarksLayout.RowColumn}' column: it is not an output of 'grader mark'.";
            return false;
        }

        return true;
    }

    public bool Advance(out string problem)
    {
        problem = "";
        if (!TryRead(out var record))
        {
            Current = null;
            return true;
        }

        // A record that ends where the file ends has no line break: the run was killed while writing it.
        if (record.EndOffset >= length || record.Problem is not null)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{Name} line {record.Line} is an incomplete row (the run was interrupted): finish that shard with 'grader mark … --resume' first.");
            return false;
        }

        if (record.Fields.Count != Header.Count
            || !long.TryParse(record.Fields[_rowIndex], NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            || row <= _previousRow)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{Name} line {record.Line} is not a row 'grader mark' wrote (wrong number of fields, or its row number is missing or out of order).");
            return false;
        }

        _previousRow = row;
        CurrentRow = row;
        Current = record.Fields;
        return true;
    }

    public void Dispose() => reader.Dispose();

    /// <summary>The next record; a runaway one (over the reader's size limit) is reported as <see cref="InvalidDataException"/>.</summary>
    private bool TryRead([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CsvRecord? record)
    {
        try
        {
            return reader.TryRead(out record);
        }
        catch (CsvFormatException exception)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{Name} line {exception.LineNumber} is not a row 'grader mark' wrote (it is too long)."), exception);
        }
    }
}
