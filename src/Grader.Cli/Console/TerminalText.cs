using System.Globalization;
using System.Text;

namespace Grader.Cli.Console;

/// <summary>
/// Makes text from files (essays, ids, markers) safe to show in a terminal: control characters (ESC sequences can retitle
/// the window, clear the screen or rewrite what was printed) and the invisible characters that reorder text (bidirectional
/// overrides) are shown as escapes such as <c>\x1B</c> or <c>\u202E</c>. Line breaks and tabs stay; a carriage return
/// stays only where the caller allows it (the progress line).
/// </summary>
internal static class TerminalText
{
    public static string Clean(string text, bool allowCarriageReturn = false)
    {
        var first = 0;
        while (first < text.Length && IsSafe(text[first], allowCarriageReturn))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsSafe(c, allowCarriageReturn))
            {
                clean.Append(c);
            }
            else
            {
                clean.Append(c <= 0xFF ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}") : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            }
        }

        return clean.ToString();
    }

    private static bool IsSafe(char c, bool allowCarriageReturn) =>
        c switch
        {
            '\n' or '\t' => true,
            '\r' => allowCarriageReturn,
            < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => false,
            (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C' => false,
            _ => true,
        };
}
