using Microsoft.Net.Http.Headers;

namespace Grader.Server;

/// <summary>The request and response media types the service speaks, and how a request's Content-Type is matched.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";
    public const string NdJson = "application/x-ndjson";
    public const string ProblemJson = "application/problem+json";

    /// <summary>
    /// Whether <paramref name="contentType"/> is <paramref name="expected"/> (ignoring case) with no charset or a UTF-8
    /// one. JSON is read as UTF-8; a CSV body's encoding is detected from its bytes as <c>grader mark</c> detects a
    /// file's (UTF-8, UTF-16 with a byte-order mark, or Windows-1252), so another declared charset is refused rather
    /// than half honoured.
    /// </summary>
    public static bool Is(string? contentType, string expected)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !parsed.MediaType.Equals(expected, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = parsed.Charset;
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the client asked for newline-delimited JSON (one grade per line) rather than a JSON array.</summary>
    public static bool WantsNdJson(HttpRequest request)
    {
        foreach (var value in request.Headers.Accept)
        {
            if (value is not null && (value.Contains(NdJson, StringComparison.OrdinalIgnoreCase) || value.Contains("application/jsonl", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
