using System.Text;

namespace Grader.Tests.Support;

/// <summary>
/// Reads the bundled sample scripts (data/soviet-union-prc/scripts.csv: id, candidate, centre, text) with a minimal
/// RFC 4180 parser, so the library tests need no CSV package.
/// </summary>
internal static class ScriptsCsv
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "data", "soviet-union-prc", "scripts.csv");

    /// <summary>The (id, text) of every row after the header.</summary>
    public static IReadOnlyList<(string Id, string Text)> Read() => Read(Path, "text");

    /// <summary>The (id, value of <paramref name="column"/>) of every row after the header of the CSV file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<(string Id, string Text)> Read(string path, string column)
    {
        var rows = Parse(File.ReadAllText(path));
        var header = rows[0];
        var idColumn = Array.IndexOf(header, "id");
        var textColumn = Array.IndexOf(header, column);
        return rows.Skip(1).Where(row => row.Length > textColumn).Select(row => (row[idColumn], row[textColumn])).ToArray();
    }

    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                rows.Add(fields.ToArray());
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add(fields.ToArray());
        }

        return rows;
    }
}
