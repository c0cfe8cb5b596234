using System.Text;

namespace Grader.Cli.Csv;

/// <summary>
/// Formats CSV records the one way this tool writes them: comma-separated, a field quoted only when it holds a comma,
/// quote or line break (quotes doubled), each record ending with LF. The same fields always give the same bytes.
/// </summary>
internal static class CsvLineWriter
{
    private static void AppendField(StringBuilder line, string value, bool escapeFormula)
    {
        if (escapeFormula)
        {
            value = SpreadsheetFormula.Escape(value);
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"');
        foreach (var c in value)
        {
            if (c == '"')
            {
                line.Append('"');
            }

            line.Append(c);
        }

        line.Append('"');
    }

    public static string Format(IEnumerable<string> fields, bool escapeFormula)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                line.Append(',');
            }

            if (first && field.Length == 0)
            {
                // An empty first field is quoted so a one-column record never looks like a blank line.
                line.Append("\"\"");
            }
            else
            {
                AppendField(line, field, escapeFormula);
            }

            first = false;
        }

        return line.Append('\n').ToString();
    }
}
