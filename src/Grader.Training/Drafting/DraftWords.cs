using Grader.Checks;
using Grader.Similarity;
using Grader.Text;

namespace Grader.Drafting;

/// <summary>
/// Word tools for drafting: the normal form of a word (the similarity model's: lower case, diacritics folded), its
/// stem, whether it is a content word, and how specific it is in general English (its background IDF, from the table
/// the engine ships): "vaccine" is specific, "people" is not.
/// </summary>
internal static class DraftWords
{
    /// <summary>Words of instructions and questions that say what to write, not what about.</summary>
    private static readonly HashSet<string> Instruction = new(StringComparer.Ordinal)
    {
        "write", "letter", "essay", "story", "describe", "persuading", "persuade", "persuasive", "readers", "reader", "text",
        "example", "examples", "support", "information", "answer", "question", "local", "view", "views", "opinion", "both",
        "using", "use", "give", "show", "shows", "including", "include", "refer", "reference", "paragraph", "paragraphs",
        "conclude", "concludes", "concluding", "author", "true", "time", "someone", "know", "things", "thing", "way", "ways",
        "compare", "contrast", "analyse", "analyze", "justify", "outline", "identify", "state", "summarise", "summarize",
        "illustrate", "comment", "critically", "significance", "importance", "role", "extent", "far", "agree", "disagree",
        "von", "van", "der", "den", "per", "cent", "percent",
    };

    /// <summary>The normalised words of <paramref name="text"/> with their character spans.</summary>
    public static List<(string Word, TextSpan Span)> Words(string text)
    {
        var words = new List<(string, TextSpan)>();
        Span<char> buffer = stackalloc char[SimilarityTokenizer.MaxTokenLength];
        var position = 0;
        while (true)
        {
            var before = position;
            if (!SimilarityTokenizer.TryReadToken(text, ref position, buffer, out var length))
            {
                break;
            }

            var start = before;
            while (start < position && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            words.Add((new string(buffer[..length]), TextSpan.FromBounds(start, position)));
        }

        return words;
    }

    /// <summary>Whether <paramref name="word"/> (normalised) says something about a topic: not a stop word, argument marker, number or instruction.</summary>
    public static bool IsContent(string word) =>
        word.Length >= 3
        && !word.Any(char.IsDigit)
        && !SimilarityStopWords.Contains(word)
        && !Instruction.Contains(word)
        && !IsMarker(word);

    /// <summary>Whether <paramref name="word"/> is one of the engine's general argument or question-frame words.</summary>
    public static bool IsMarker(string word) => Markers.Contains(word);

    private static readonly HashSet<string> Markers = new(
        ArgumentMarkers.QuestionFrame.Concat(ArgumentMarkers.EnglishFunctionWords).Concat(ArgumentMarkers.Contrast).Concat(ArgumentMarkers.Concession)
            .Concat(ArgumentMarkers.Explanation).Concat(ArgumentMarkers.Evaluation).Concat(ArgumentMarkers.Negation).Concat(ArgumentMarkers.Thesis)
            .Concat(ArgumentMarkers.Conclusion).Concat(ArgumentMarkers.Link).Concat(ArgumentMarkers.DegreeHigh).Concat(ArgumentMarkers.DegreeMedium)
            .Concat(ArgumentMarkers.DegreeLow).Where(p => !p.Contains(' ', StringComparison.Ordinal)).Select(p => p.ToLowerInvariant()),
        StringComparer.Ordinal);

    /// <summary>How specific <paramref name="word"/> is in general English: its IDF in the background table (0 to about 11.7).</summary>
    public static double Specificity(string word) => BackgroundDocumentFrequencies.English.Idf(BackgroundDocumentFrequencies.English.UnigramFrequency(word));

    /// <summary>The light stem of a normalised word ("vaccinated", "vaccination" → "vaccin").</summary>
    public static string Stem(string word)
    {
        Span<char> buffer = stackalloc char[word.Length];
        word.AsSpan().CopyTo(buffer);
        return new string(buffer[..LightStemmer.Stem(buffer)]);
    }

    /// <summary>Whether <paramref name="form"/> is the comparative or superlative of <paramref name="word"/> ("newer", "newest": "new").</summary>
    private static bool IsComparative(string form, string word) =>
        form.Length > word.Length && form.StartsWith(word, StringComparison.Ordinal) && form.AsSpan(word.Length) is "er" or "est" or "r" or "st";

    /// <summary>Whether two normalised words are forms of one word: the same stem, or a shared start of six letters or more.</summary>
    public static bool SameWord(string a, string b)
    {
        if (a == b || Stem(a) == Stem(b) || IsComparative(a, b) || IsComparative(b, a))
        {
            return true;
        }

        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[shared] == b[shared])
        {
            shared++;
        }

        return shared >= 6 && shared >= Math.Min(a.Length, b.Length) - 3;
    }
}
