namespace Grader.Checks;

/// <summary>
/// The passages a text quotes: runs between a pair of double quotation marks (straight “curly” or «angled») of at least
/// <see cref="MinWords"/> words. A model essay's quotations are a source's words, not its own, so the copy screen treats
/// them as neutral: an essay that quotes the same source is quoting, not copying the model essay.
/// </summary>
/// <remarks>
/// A closing mark where no quotation is open opens one: word processors turn a straight quotation mark typed straight
/// after a comma or full stop (<c>as,"When they…</c>) into a closing mark, so a quotation can start with one.
/// </remarks>
internal static class QuotedPassages
{
    /// <summary>Shorter quotations (a phrase, a title) are left as they are: sharing them is weak evidence either way.</summary>
    public const int MinWords = 4;

    /// <summary>The longest run between two quotation marks that counts as one quotation (an unclosed mark would otherwise swallow the text).</summary>
    public const int MaxCharacters = 1500;

    public static IReadOnlyList<string> Of(string text)
    {
        var passages = new List<string>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opens = c is '\u201C' or '\u00AB' || (c is '"' or '\u201D' or '\u00BB' && open < 0);
            var closes = c is '\u201D' or '\u00BB' || (c == '"' && open >= 0);
            if (closes && open >= 0)
            {
                Add(text, open + 1, i, passages);
                open = -1;
            }
            else if (opens)
            {
                open = i;
            }
            else if (open >= 0 && i - open > MaxCharacters)
            {
                open = -1;
            }
        }

        return passages;
    }

    private static void Add(string text, int start, int end, List<string> passages)
    {
        var passage = text[start..end].Trim();
        if (passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
        {
            passages.Add(passage);
        }
    }
}
