namespace Grader.Text;

/// <summary>
/// Recognises a number that starts a heading line ("2 Soviet advisers and aid", "3 Economic causes"): the number is
/// the first thing on its line (after any "#", "*" or "-" markers) and the line does not end like a sentence.
/// </summary>
internal static class QuantityHeading
{
    public static bool StartsHeading(string text, Token number)
    {
        for (var i = number.Start - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] is not (' ' or '\t' or '\r' or '#' or '*' or '-'))
            {
                return false;
            }
        }

        var last = '\n';
        for (var i = number.End; i < text.Length && text[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                last = text[i];
            }
        }

        return last is not ('.' or '!' or '?' or '"' or '\u201D' or ')');
    }
}
