using CsvHelper;

namespace Grader.Cli.Csv;

/// <summary>
/// Creates the CsvHelper writers for every CSV this tool writes, all alike: comma-separated, a field quoted only when it
/// holds a comma, quote or line break (quotes doubled), each record ending with LF, UTF-8 without a byte-order mark. The
/// same fields always give the same bytes, which resume and merge rely on.
/// </summary>
/// <remarks>
/// CsvHelper's own formula-injection escaping stays off: <c>Injection = CsvInjection.Escape</c> treats every text field
/// alike (observed: <c>-2</c> and <c>+3.5</c> were written as <c>"'-2"</c> and <c>"'+3.5"</c>, and every escaped field
/// was quoted), and exempts numbers only when they are written as numbers, which would reformat them. Cells go through
/// <see cref="SpreadsheetFormula.Escape"/> before they reach the writer instead.
/// </remarks>
internal static class CsvWriting
{
    private static readonly CsvWriterOptions Options = new()
    {
        Mode = CsvMode.Rfc4180,
        Separator = ',',
        Quoting = CsvQuoting.WhenNeeded,
        NewLine = "\n",
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
    };

    /// <summary>A writer of UTF-8 to <paramref name="stream"/>, which it closes when disposed.</summary>
    public static CsvWriter Create(Stream stream) => CsvWriter.Create(stream, Options, leaveOpen: false);

    /// <summary>A writer to <paramref name="writer"/> (standard output), which it leaves open.</summary>
    public static CsvWriter Create(TextWriter writer) => CsvWriter.Create(writer, Options, leaveOpen: true);
}
