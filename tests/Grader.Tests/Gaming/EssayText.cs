using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Tests.Gaming;

/// <summary>The small text surgery every gaming family shares: sentences, words and their case.</summary>
internal static partial class EssayText
{
    /// <summary>The sentences of one paragraph (a full stop, question or exclamation mark before a capital or digit).</summary>
    public static string[] Sentences(string paragraph) =>
        SentenceBreak().Split(paragraph.Trim()).Where(sentence => sentence.Length > 0).ToArray();

    /// <summary>The whitespace-separated tokens of a text with the punctuation around them removed.</summary>
    public static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(token => token.Trim(TrimmedPunctuation))
            .Where(token => token.Length > 0)
            .ToArray();

    public static int WordCount(string text) => Words(text).Length;

    /// <summary>
    /// <paramref name="text"/> with each run of letters (with inner apostrophes or hyphens) replaced by what
    /// <paramref name="replace"/> returns for it and its 1-based number among the words (null keeps the word).
    /// </summary>
    public static string ReplaceWords(string text, Func<string, int, string?> replace)
    {
        var number = 0;
        return LetterWord().Replace(text, word => replace(word.Value, ++number) ?? word.Value);
    }

    /// <summary>"the " + <paramref name="term"/>, unless the term is possessive ("Stalin's death") or starts with a number.</summary>
    public static string WithArticle(string term) =>
        term.Contains('\'', StringComparison.Ordinal) || term.Contains('’', StringComparison.Ordinal) || char.IsDigit(term[0]) ? term : "the " + term;

    public static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary><paramref name="replacement"/> with the first letter upper-cased when <paramref name="original"/>'s is.</summary>
    public static string MatchCase(string original, string replacement) =>
        original.Length > 0 && char.IsUpper(original[0]) ? Capitalise(replacement) : replacement;

    public static string TitleCase(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());

    private static readonly char[] TrimmedPunctuation = ".,;:!?\"'()[]{}“”‘’«»—–-…*$".ToCharArray();

    [GeneratedRegex(@"(?<=[.!?][""”’)]?)\s+(?=[""“‘(]?[\p{Lu}\d])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\p{L}+(?:['’\-]\p{L}+)*")]
    private static partial Regex LetterWord();
}
