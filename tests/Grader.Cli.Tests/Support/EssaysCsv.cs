using System.Globalization;
using System.Text;

namespace Grader.Cli.Tests.Support;

/// <summary>Builds essays CSV files: a header and rows of cells, quoted as needed, with a chosen line ending.</summary>
internal static class EssaysCsv
{
    public static string Build(IEnumerable<IReadOnlyList<string>> rows, string lineEnding = "\n")
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append(lineEnding);
        }

        return text.ToString();
    }

    /// <summary>A header (id, candidate, text, centre) and <paramref name="count"/> rows of sample essays.</summary>
    public static string Sample(int count, string lineEnding = "\n")
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "id", "candidate", "text", "centre" } };
        for (var i = 0; i < count; i++)
        {
            rows.Add(new[] { Id(i), $"Candidate, number \"{i}\"", SampleEssays.Essay(i), (47000 + i).ToString(CultureInfo.InvariantCulture) });
        }

        return Build(rows, lineEnding);
    }

    public static string Id(int index) => string.Create(CultureInfo.InvariantCulture, $"S{index + 1:D3}");

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
