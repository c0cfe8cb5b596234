namespace Grader.Csv;

/// <summary>How a column is found by name in a CSV header, the same way wherever a header is read.</summary>
internal static class CsvHeader
{
    /// <summary>
    /// The indexes of the columns named <paramref name="column"/>: those named exactly so, else those whose name matches
    /// ignoring case and surrounding spaces. One index is a match; none, or more than one, is for the caller to report.
    /// </summary>
    public static int[] IndexesOf(IReadOnlyList<string> header, string column)
    {
        var exact = IndexesWhere(header, name => string.Equals(name, column, StringComparison.Ordinal));
        return exact.Length > 0 ? exact : IndexesWhere(header, name => string.Equals(name.Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static int[] IndexesWhere(IReadOnlyList<string> header, Func<string, bool> predicate) =>
        Enumerable.Range(0, header.Count).Where(i => predicate(header[i])).ToArray();
}
