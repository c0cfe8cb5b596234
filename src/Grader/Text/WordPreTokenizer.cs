using System.Runtime.CompilerServices;
using Microsoft.ML.Tokenizers;

namespace Grader.Text;

/// <summary>
/// A Microsoft.ML.Tokenizers pre-tokenizer that splits text the way
/// <see cref="PreTokenizer.CreateWordOrNonWord"/> does (runs of word characters, or runs of characters that are
/// neither word characters nor white space) without a regular expression, so it allocates nothing per token.
/// </summary>
internal sealed class WordPreTokenizer : PreTokenizer
{
    private const byte Space = 0;
    private const byte WordCharacter = 1;
    private const byte OtherCharacter = 2;

    /// <summary>The class of each ASCII character (white space, word character or other), so the common case is one load.</summary>
    private static readonly byte[] AsciiClasses = [.. Enumerable.Range(0, 128).Select(c => ClassOfAny((char)c))];

    public static WordPreTokenizer Instance { get; } = new();

    private WordPreTokenizer()
    {
    }

    public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text)
    {
        var splits = new List<(int Offset, int Length)>();
        var position = 0;
        while (Next(text, ref position, out var offset, out var length))
        {
            splits.Add((offset, length));
        }

        return splits;
    }

    public override IEnumerable<(int Offset, int Length)> PreTokenize(string text) => PreTokenize(text.AsSpan());

    /// <summary>Finds the next token at or after <paramref name="position"/>, advancing past it.</summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int offset, out int length)
    {
        var i = position;
        while (i < text.Length && ClassOf(text[i]) == Space)
        {
            i++;
        }

        if (i >= text.Length)
        {
            position = i;
            offset = i;
            length = 0;
            return false;
        }

        var start = i;
        var kind = ClassOf(text[i]);
        i++;
        while (i < text.Length && ClassOf(text[i]) == kind)
        {
            i++;
        }

        position = i;
        offset = start;
        length = i - start;
        return true;
    }

    /// <summary>The .NET regular-expression class <c>\w</c>: letters, marks, decimal digits and connector punctuation.</summary>
    public static bool IsWordChar(char c)
    {
        var asciiClasses = AsciiClasses;
        if (c < asciiClasses.Length)
        {
            return asciiClasses[c] == WordCharacter;
        }

        return IsNonAsciiWordChar(c);
    }

    /// <summary>White space, a word character or another character (punctuation, symbols).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ClassOf(char c)
    {
        var asciiClasses = AsciiClasses;
        return c < asciiClasses.Length ? asciiClasses[c] : ClassOfAny(c);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte ClassOfAny(char c) =>
        char.IsWhiteSpace(c) ? Space
        : (c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : IsNonAsciiWordChar(c)) ? WordCharacter
        : OtherCharacter;

    private static bool IsNonAsciiWordChar(char c)
    {
        switch (char.GetUnicodeCategory(c))
        {
            case System.Globalization.UnicodeCategory.UppercaseLetter:
            case System.Globalization.UnicodeCategory.LowercaseLetter:
            case System.Globalization.UnicodeCategory.TitlecaseLetter:
            case System.Globalization.UnicodeCategory.ModifierLetter:
            case System.Globalization.UnicodeCategory.OtherLetter:
            case System.Globalization.UnicodeCategory.NonSpacingMark:
            case System.Globalization.UnicodeCategory.SpacingCombiningMark:
            case System.Globalization.UnicodeCategory.DecimalDigitNumber:
            case System.Globalization.UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return false;
        }
    }
}
