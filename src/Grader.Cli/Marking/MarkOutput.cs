using System.Diagnostics;
using System.Text;

namespace Grader.Cli.Marking;

/// <summary>
/// Where marked rows go: the marks CSV (a file, or standard output) and the optional details JSONL. Rows are written
/// whole; both are flushed at least once a second and at the end (details first, so the details file never has fewer
/// rows than the marks file, which is what <c>--resume</c> relies on).
/// </summary>
internal sealed class MarkOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly TextWriter _marks;
    private readonly TextWriter? _details;
    private readonly bool _ownsMarks;
    private readonly Stopwatch _sinceFlush = Stopwatch.StartNew();

    private MarkOutput(TextWriter marks, bool ownsMarks, TextWriter? details)
    {
        _marks = marks;
        _ownsMarks = ownsMarks;
        _details = details;
    }

    /// <summary>Opens the outputs; <paramref name="append"/> continues existing files (resume), otherwise they are replaced.</summary>
    public static MarkOutput Open(TextWriter standardOutput, string? marksPath, string? detailsPath, bool append)
    {
        TextWriter? marks = null;
        try
        {
            marks = marksPath is null ? standardOutput : OpenFile(marksPath, append);
            var details = detailsPath is null ? null : OpenFile(detailsPath, append);
            return new MarkOutput(marks, marksPath is not null, details);
        }
        catch
        {
            if (marksPath is not null)
            {
                marks?.Dispose();
            }

            throw;
        }
    }

    public void WriteHeader(string headerLine) => _marks.Write(headerLine);

    public void Write(MarkedRow row)
    {
        if (row.DetailsLine is not null)
        {
            _details?.Write(row.DetailsLine);
        }

        _marks.Write(row.CsvLine);
        if (_sinceFlush.ElapsedMilliseconds >= 1000)
        {
            Flush();
        }
    }

    public void Flush()
    {
        _details?.Flush();
        _marks.Flush();
        _sinceFlush.Restart();
    }

    public void Dispose()
    {
        Flush();
        _details?.Dispose();
        if (_ownsMarks)
        {
            _marks.Dispose();
        }
    }

    private static StreamWriter OpenFile(string path, bool append) =>
        new(new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, 1), Utf8NoBom, 64 * 1024);
}
