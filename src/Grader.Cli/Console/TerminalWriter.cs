using System.Text;

namespace Grader.Cli.Console;

/// <summary>A writer that passes text on through <see cref="TerminalText.Clean"/>: for human-readable output that may hold text from files.</summary>
internal sealed class TerminalWriter(TextWriter inner, bool allowCarriageReturn = false) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(TerminalText.Clean(value.ToString(), allowCarriageReturn));

    public override void Write(string? value) => inner.Write(value is null ? null : TerminalText.Clean(value, allowCarriageReturn));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.Write(CoreNewLine);
    }

    public override void Flush() => inner.Flush();
}
