using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Benchmarks.CopyDetection;

/// <summary>
/// The disguises a student might put on a copied essay, for measuring copy detection: every k-th word changed, words
/// swapped for synonyms, case changed, sentences or paragraphs reordered, invisible characters inside words.
/// Deterministic (seeded).
/// </summary>
internal sealed partial class Paraphraser(Thesaurus? thesaurus)
{
    /// <summary>Ordinary words put in where no synonym is known (the attack only needs the original word gone).</summary>
    private static readonly string[] Fillers =
    [
        "really", "quite", "certain", "various", "notable", "general", "clear", "large", "simple", "common", "actual",
        "broad", "main", "real", "whole", "early", "later", "major", "minor", "usual", "plain", "wider", "fuller",
    ];

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "of", "to", "in", "on", "at", "by", "for", "from", "with",
        "and", "but", "or", "as", "is", "was", "were", "be", "been", "are", "had", "has", "have", "it", "its", "he", "his",
        "she", "her", "they", "their", "them", "which", "who", "not", "so", "if", "than", "then", "into", "also", "did",
        "do", "would", "could", "should", "will", "can", "there", "what", "when", "while", "i", "we", "you", "my", "our",
    };

    /// <summary>Every <paramref name="k"/>-th word replaced: by a synonym when one is known, otherwise by an ordinary word.</summary>
    public string EveryKthWord(string text, int k)
    {
        var n = 0;
        return WordPattern().Replace(text, m =>
        {
            n++;
            if (n % k != 0)
            {
                return m.Value;
            }

            var synonym = thesaurus?.For(m.Value.ToLowerInvariant());
            return MatchCase(m.Value, synonym ?? Fillers[n % Fillers.Length]);
        });
    }

    /// <summary>Every content word that the thesaurus knows swapped for a synonym (names, numbers and function words stay).</summary>
    public string Synonyms(string text) => WordPattern().Replace(text, m =>
    {
        var word = m.Value;
        if (FunctionWords.Contains(word) || (char.IsUpper(word[0]) && m.Index > 0 && !IsSentenceStart(text, m.Index)))
        {
            return word;
        }

        var synonym = thesaurus?.For(word.ToLowerInvariant());
        return synonym is null ? word : MatchCase(word, synonym);
    });

    public static string Upper(string text) => text.ToUpperInvariant();

    public static string Lower(string text) => text.ToLowerInvariant();

    /// <summary>Each word's letters alternately upper and lower case ("sOvIeT").</summary>
    public static string AlternatingCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var upper = false;
        foreach (var c in text)
        {
            builder.Append(char.IsLetter(c) ? (upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)) : c);
            upper = char.IsLetter(c) ? !upper : upper;
        }

        return builder.ToString();
    }

    /// <summary>A zero-width space after the second letter of every word of four letters or more.</summary>
    public static string ZeroWidth(string text) => WordPattern().Replace(text, m => m.Length >= 4 ? m.Value[..2] + "\u200B" + m.Value[2..] : m.Value);

    /// <summary>The paragraphs in a shuffled order.</summary>
    public static string ShuffleParagraphs(string text, int seed)
    {
        var paragraphs = Paragraphs(text);
        Shuffle(paragraphs, seed);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>All sentences shuffled across the essay, then dealt back into paragraphs of the same sizes.</summary>
    public static string ShuffleSentences(string text, int seed)
    {
        var paragraphs = Paragraphs(text).Select(p => SentencePattern().Split(p).Where(s => s.Length > 0).ToList()).ToList();
        var all = paragraphs.SelectMany(p => p).ToList();
        Shuffle(all, seed);
        var k = 0;
        return string.Join("\n\n", paragraphs.Select(p => string.Join(" ", p.Select(_ => all[k++]))));
    }

    private static List<string> Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static void Shuffle<T>(List<T> items, int seed)
    {
        var random = new Random(seed);
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static bool IsSentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i] is '.' or '!' or '?' or '"' or '\'';
            }
        }

        return true;
    }

    private static string MatchCase(string original, string replacement) =>
        original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? replacement.ToUpperInvariant()
        : char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..]
        : replacement;

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentencePattern();
}
