using System.Globalization;
using System.Text.Json;

namespace Grader.Server;

/// <summary>Turns a JSON reader's syntax error into a located problem: the line and byte it is at, and what it is, in plain words.</summary>
internal static class JsonSyntax
{
    public static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    /// <param name="location">Where the error is in the document (a JSON path).</param>
    /// <param name="exception">The reader's error.</param>
    /// <param name="linesBefore">Lines of the body before the text the reader was given (0 when it was given the whole body).</param>
    /// <param name="bytesBeforeOnLine">Bytes of the reader's first line that come before the text it was given.</param>
    public static RequestProblem Problem(string location, JsonException exception, long linesBefore = 0, long bytesBeforeOnLine = 0)
    {
        var reason = exception.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = (cut > 0 ? reason[..cut] : reason).Replace(" Change the reader options.", "", StringComparison.Ordinal).TrimEnd();
        var lineInText = exception.LineNumber ?? 0;
        var line = linesBefore + lineInText + 1;
        var column = (lineInText == 0 ? bytesBeforeOnLine : 0) + (exception.BytePositionInLine ?? 0) + 1;
        return new RequestProblem(
            location,
            string.Create(CultureInfo.InvariantCulture, $"The body is not valid JSON at line {line}, byte {column}: {reason} Check the quoting and commas there (a quote inside a string is written \\\")."),
            IsSyntax: true);
    }
}
