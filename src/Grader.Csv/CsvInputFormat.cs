using Grader.Text;

namespace Grader.Csv;

/// <summary>
/// How a CSV file is read: its encoding (transcoded to UTF-8 before parsing) and the character between fields, each
/// either given (--encoding, --delimiter) or detected, with why, for the note that says what was detected.
/// </summary>
internal sealed record CsvInputFormat(EncodingDetection Encoding, char Delimiter, string DelimiterReason)
{
    /// <summary>The format this tool writes (UTF-8, comma-separated), for reading its own files back.</summary>
    public static readonly CsvInputFormat Standard = new(new EncodingDetection(InputEncoding.Utf8, 0, "UTF-8"), ',', "comma");

    /// <summary>The delimiters --delimiter takes by name, and those detection chooses between.</summary>
    public static readonly IReadOnlyList<(string Name, char Delimiter)> Delimiters = [("comma", ','), ("semicolon", ';'), ("tab", '\t'), ("pipe", '|')];

    /// <summary>Whether either was found to be other than UTF-8 and comma, so the user should be told.</summary>
    public bool IsUnusual => Encoding.Encoding != InputEncoding.Utf8 || Delimiter != ',';

    /// <summary>The encoding's name for messages ("UTF-8", "Windows-1252").</summary>
    public string EncodingName => Encoding.DisplayName;

    public static string DelimiterName(char delimiter) => Delimiters.FirstOrDefault(d => d.Delimiter == delimiter).Name ?? $"'{delimiter}'";

    /// <summary>"semicolon-separated, Windows-1252 (not valid UTF-8, …)".</summary>
    public string Describe() => $"{DelimiterName(Delimiter)}-separated ({DelimiterReason}), {Encoding.DisplayName} ({Encoding.Reason})";
}
