using System.Diagnostics;
using System.Text;
using CsvHelper;
using Grader.Cli.Csv;

namespace Grader.Cli.Marking;

/// <summary>
/// Where marked rows go: the marks CSV (a file, or standard output, written with CsvHelper) and the optional details
/// JSONL. Rows are written whole; both are flushed at least once a second and at the end (details first, so the details
/// file never has fewer rows than the marks file, which is what <c>--resume</c> relies on).
/// </summary>
internal sealed class MarkOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly CsvWriter _marks;
    private readonly TextWriter? _standardOutput;
    private readonly TextWriter? _details;
    private readonly Stopwatch _sinceFlush = Stopwatch.StartNew();

    private MarkOutput(CsvWriter marks, TextWriter? standardOutput, TextWriter? details)
    {
        _marks = marks;
        _standardOutput = standardOutput;
        _details = details;
    }

    /// <summary>Opens the outputs; <paramref name="append"/> continues existing files (resume), otherwise they are replaced.</summary>
    public static MarkOutput Open(TextWriter standardOutput, string? marksPath, string? detailsPath, bool append)
    {
        CsvWriter? marks = null;
        try
        {
            marks = marksPath is null ? CsvWriting.Create(standardOutput) : CsvWriting.Create(OpenFile(marksPath, append));
            var details = detailsPath is null ? null : new StreamWriter(OpenFile(detailsPath, append), Utf8NoBom, 64 * 1024);
            return new MarkOutput(marks, marksPath is null ? standardOutput : null, details);
        }
        catch
        {
            marks?.Dispose();
            throw;
        }
    }

    public void WriteHeader(string[] cells) => _marks.WriteRecord(cells);

    public void Write(MarkedRow row)
    {
        if (row.DetailsLine is not null)
        {
            _details?.Write(row.DetailsLine);
        }

        _marks.WriteRecord(row.Cells);
        if (_sinceFlush.ElapsedMilliseconds >= 1000)
        {
            Flush();
        }
    }

    public void Flush()
    {
        _details?.Flush();
        _marks.Flush();
        _standardOutput?.Flush();
        _sinceFlush.Restart();
    }

    public void Dispose()
    {
        Flush();
        _details?.Dispose();
        _marks.Dispose();
    }

    private static FileStream OpenFile(string path, bool append) =>
        new(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, 1);
}
