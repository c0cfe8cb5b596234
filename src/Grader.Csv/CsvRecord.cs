namespace Grader.Csv;

/// <summary>
/// One record of a CSV file: its fields, the line it starts on, and what was wrong with its quoting (null when nothing).
/// <see cref="StartOffset"/> and <see cref="EndOffset"/> are the UTF-8 byte offsets of its first character and just past
/// its last one (before its line break): a record that ends at the end of the file has no line break (a torn last row).
/// </summary>
internal sealed record CsvRecord(IReadOnlyList<string> Fields, long Line, string? Problem, long StartOffset, long EndOffset)
{
    /// <summary>
    /// Whether the record's quoting is broken across a line break (a quote never closed, or closed early and reopened):
    /// the reader may have joined rows or split one, so no later record can be trusted to be a row of its own.
    /// </summary>
    public bool Desynchronises { get; init; }

    /// <summary>The fields whose bytes are not valid text in the file's encoding (their bad bytes read as U+FFFD), each with the index of its first bad character.</summary>
    public IReadOnlyList<(int Field, int Character)> InvalidFields { get; init; } = [];

    /// <summary>The index of the first character of field <paramref name="field"/> that was not valid text, or -1.</summary>
    public int FirstInvalidCharacter(int field)
    {
        foreach (var (index, character) in InvalidFields)
        {
            if (index == field)
            {
                return character;
            }
        }

        return -1;
    }
}
