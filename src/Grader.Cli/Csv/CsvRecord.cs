namespace Grader.Cli.Csv;

/// <summary>
/// One record of a CSV file: its fields, the line it starts on, and what was wrong with it (malformed quoting, a field
/// over the length limit). <see cref="EndOffset"/> is the UTF-8 byte offset just past it (used to cut a torn last row).
/// </summary>
internal sealed record CsvRecord(
    IReadOnlyList<string> Fields,
    long Line,
    string? Problem,
    int FirstOverlongField,
    bool EndsWithLineBreak,
    long EndOffset)
{
    /// <summary>Whether any field was cut at the reader's length limit (<see cref="FirstOverlongField"/> is its index).</summary>
    public bool HasOverlongField => FirstOverlongField >= 0;
}
