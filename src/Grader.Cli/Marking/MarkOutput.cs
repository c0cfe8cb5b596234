using System.Diagnostics;
using System.Text;
using CsvHelper;
using Grader.Cli.Csv;
using Grader.Cli.Files;

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

    /// <summary>
    /// Opens the outputs; <paramref name="append"/> continues existing files (resume), otherwise they are emptied. Every
    /// file is opened before any is emptied, so when one cannot be opened the others are left as they were (a file this
    /// call created is removed again), and the failure is a <see cref="FileProblemException"/> naming the file.
    /// </summary>
    public static MarkOutput Open(TextWriter standardOutput, string? marksPath, string? detailsPath, bool append)
    {
        var opened = new List<FileStream>();
        var created = new List<string>();
        try
        {
            var marksStream = marksPath is null ? null : OpenFile("--out", marksPath, opened, created);
            var detailsStream = detailsPath is null ? null : OpenFile("--details", detailsPath, opened, created);
            foreach (var stream in opened)
            {
                if (append)
                {
                    stream.Seek(0, SeekOrigin.End);
                }
                else
                {
                    stream.SetLength(0);
                }
            }

            var marks = marksStream is null ? CsvWriting.Create(standardOutput) : CsvWriting.Create(marksStream);
            var details = detailsStream is null ? null : new StreamWriter(detailsStream, Utf8NoBom, 64 * 1024);
            return new MarkOutput(marks, marksPath is null ? standardOutput : null, details);
        }
        catch
        {
            foreach (var stream in opened)
            {
                stream.Dispose();
            }

            foreach (var path in created)
            {
                File.Delete(path);
            }

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

    private static FileStream OpenFile(string role, string path, List<FileStream> opened, List<string> created)
    {
        var existed = File.Exists(path);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1);
            opened.Add(stream);
            if (!existed)
            {
                created.Add(path);
            }

            return stream;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FileProblemException(FileProblem.CannotWrite(role, path, exception), exception);
        }
    }
}
