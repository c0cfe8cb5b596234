namespace Grader.Cli.Csv;

/// <summary>
/// One record of a CSV file: its fields, the line it starts on, and what was wrong with its quoting (null when nothing).
/// <see cref="StartOffset"/> and <see cref="EndOffset"/> are the UTF-8 byte offsets of its first character and just past
/// its last one (before its line break): a record that ends at the end of the file has no line break (a torn last row).
/// </summary>
internal sealed record CsvRecord(IReadOnlyList<string> Fields, long Line, string? Problem, long StartOffset, long EndOffset);
