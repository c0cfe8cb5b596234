using System.Collections.Frozen;

namespace Grader.Text;

/// <summary>
/// Splits a block into sentences at '.', '!' or '?' (and closing quotes or brackets after them) when what follows
/// starts a new sentence, but not after common abbreviations, initials or inside numbers.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "capt", "prof", "sr", "jr", "vs", "e", "i", "eg", "ie", "cf",
        "c", "ca", "approx", "no", "nos", "vol", "pp", "p", "u", "s", "k", "n", "fig", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "govt", "dept", "inc", "ltd", "co", "corp",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends the sentences of the block of <paramref name="tokens"/> from <paramref name="first"/> to <paramref name="end"/> to <paramref name="into"/> as token ranges.</summary>
    public static void Split(string text, ReadOnlySpan<Token> tokens, int first, int end, List<(int First, int End)> into)
    {
        var start = first;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Symbol || !EndsSentence(text, tokens, i, first, end))
            {
                continue;
            }

            into.Add((start, i + 1));
            start = i + 1;
        }

        if (start < end)
        {
            into.Add((start, end));
        }
    }

    private static bool EndsSentence(string text, ReadOnlySpan<Token> tokens, int i, int first, int end)
    {
        var symbol = text.AsSpan(tokens[i].Start, tokens[i].Span.Length);
        var terminal = symbol.IndexOfAny('.', '!', '?');
        if (terminal < 0 || symbol.StartsWith("...") && symbol.Length == 3 && i + 1 < end && !StartsSentence(text, tokens[i + 1]))
        {
            return false;
        }

        if (i + 1 >= end)
        {
            return true;
        }

        var next = tokens[i + 1];
        var gap = text.AsSpan(tokens[i].End, next.Start - tokens[i].End);
        if (gap.IsEmpty)
        {
            return false;
        }

        if (gap.Contains('\n'))
        {
            return true;
        }

        if (symbol[terminal] == '.' && terminal == 0 && i > first)
        {
            var previous = tokens[i - 1];
            if (previous.End == tokens[i].Start && previous.Kind == TokenKind.Word)
            {
                var word = text.AsSpan(previous.Start, previous.Span.Length);
                if (AbbreviationLookup.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]) && !IsWordAfterLowerCase(text, tokens, i - 1, first)))
                {
                    return false;
                }
            }
        }

        return StartsSentence(text, next);
    }

    /// <summary>
    /// "A" or "I" after a lower-case word is the word, not an initial ("a grade of A." ends a sentence; "J. V. Stalin"
    /// and "by J. Stalin" keep their initials).
    /// </summary>
    private static bool IsWordAfterLowerCase(string text, ReadOnlySpan<Token> tokens, int letter, int first)
    {
        if (text[tokens[letter].Start] is not ('A' or 'I'))
        {
            return false;
        }

        for (var j = letter - 1; j >= first; j--)
        {
            if (tokens[j].Kind != TokenKind.Symbol)
            {
                return char.IsLower(text[tokens[j].Start]);
            }
        }

        return false;
    }

    private static bool StartsSentence(string text, Token next)
    {
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' || !char.IsLetter(c) && next.Kind == TokenKind.Symbol
            || (char.IsLetter(c) && !char.IsLower(c));
    }
}
