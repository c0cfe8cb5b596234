using System.Collections.Frozen;

namespace Grader.Text;

/// <summary>
/// What a number counts: the first plural noun after it ("156 Soviet-aided projects" counts projects), within
/// three words and before any function word, so "one of the" and "two of his" count nothing. Also the word lists
/// that keep counts precise: nouns of essay-talk ("two reasons", "three factors") are not evidence.
/// </summary>
internal static class QuantityUnits
{
    public const string Percent = "%";

    private const int MaxWordsBeforeUnit = 3;

    /// <summary>Units returned as shared strings instead of a new string per mention.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Interned = Build(
        Percent, "troops", "soldiers", "men", "women", "people", "children", "civilians", "workers", "peasants",
        "prisoners", "refugees", "casualties", "deaths", "dead", "wounded", "experts", "advisers", "advisors",
        "technicians", "specialists", "engineers", "scientists", "students", "projects", "factories", "plants",
        "enterprises", "divisions", "regiments", "battalions", "brigades", "armies", "tanks", "aircraft", "planes",
        "ships", "submarines", "warships", "missiles", "warheads", "weapons", "guns", "rifles", "bombs", "tonnes",
        "tons", "miles", "kilometres", "kilometers", "km", "acres", "hectares", "years", "months", "weeks", "days",
        "hours", "members", "delegates", "votes", "seats", "deputies", "officers", "sailors", "volunteers",
        "landlords", "villages", "towns", "cities", "communes", "households", "families", "schools", "railways",
        "roads", "bridges", "loans", "strikes", "strikers", "votes", "monasteries", "priests", "ministers");

    /// <summary>Every word that is not <see cref="QuantityWordClass.Ordinary"/>, so each word costs one lookup.</summary>
    private static readonly FrozenDictionary<string, QuantityWordClass>.AlternateLookup<ReadOnlySpan<char>> Classes = BuildClasses(
        (QuantityWordClass.UnmarkedPlural, [
            "men", "women", "people", "children", "personnel", "aircraft", "cattle", "police", "infantry", "cavalry",
            "dead", "wounded", "sheep", "livestock", "clergy", "km", "kg",
        ]),
        (QuantityWordClass.NotPlural, [
            "hers", "goes", "yes", "thus", "perhaps", "always", "towards", "afterwards", "sometimes", "besides",
            "whereas", "nevertheless", "unless", "across", "news", "series", "means", "others", "ones", "ours",
            "theirs", "yours", "whereabouts", "politics", "economics",
        ]),
        (QuantityWordClass.Break, [
            "of", "the", "a", "an", "and", "or", "but", "nor", "to", "in", "on", "at", "by", "for", "with", "from",
            "into", "than", "as", "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "will",
            "would", "could", "should", "may", "might", "can", "did", "do", "does", "which", "that", "who", "whom",
            "whose", "this", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "him", "them",
            "his", "her", "their", "our", "my", "there", "then", "when", "where", "why", "how", "what", "while",
            "after", "before", "since", "until", "during", "per", "not", "no", "so", "if", "also", "only", "each",
            "every", "all", "both", "any", "such", "about", "over", "under", "up", "out", "off", "later", "earlier",
            "ago", "percent", "cent", "times",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "hundred", "thousand", "million",
            "billion", "tens", "dozens", "hundreds", "thousands", "millions", "billions",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        ]));

    /// <summary>Nouns of essay-talk: "two reasons", "three factors" count nothing a marker wants as evidence.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Discourse = Build(
        "reasons", "factors", "causes", "consequences", "ways", "aspects", "points", "things", "examples",
        "paragraphs", "sections", "pages", "sources", "questions", "arguments", "respects", "issues", "parts",
        "occasions", "interpretations", "views", "ideas", "themes", "marks", "words", "sentences");

    /// <summary>Words after which a number is a label, not a count: "page 3", "Source 2", "paragraph 4".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels = Build(
        "page", "pages", "p", "pp", "paragraph", "para", "source", "figure", "fig", "chapter", "section", "table",
        "part", "article", "clause", "point", "line", "number", "no", "item", "document", "doc", "extract",
        "interpretation", "question", "appendix", "map", "step", "volume", "vol", "act", "book", "verse", "plate",
        "resolution", "version", "phase", "stage", "level", "grade", "unit", "topic", "lesson", "task", "exhibit");

    /// <summary>Words that, right after a noun, show the noun was a verb: "1953 marks the death of Stalin".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Build(
        "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "how", "why", "what",
        "whether", "our");

    /// <summary>
    /// Finds the counted noun for a number whose next token is <paramref name="index"/>: the first plural-looking word
    /// among the next three words (a hyphenated compound is one word), stopping at a function word, a number word,
    /// a month or any symbol other than a joining hyphen.
    /// </summary>
    public static bool TryFindUnit(in TemporalTokenWindow window, int index, out int unit)
    {
        unit = -1;
        var at = index;
        for (var words = 0; words < MaxWordsBeforeUnit; words++)
        {
            while (true)
            {
                if (!window.IsWord(at))
                {
                    return false;
                }

                var word = window.Chars(at);
                var wordClass = ClassOf(word);
                if (wordClass == QuantityWordClass.Break)
                {
                    return false;
                }

                if (wordClass == QuantityWordClass.UnmarkedPlural || (wordClass == QuantityWordClass.Ordinary && EndsLikePlural(word)))
                {
                    unit = at;
                    return true;
                }

                if (window.IsDash(at + 1) && window.TouchesNext(at) && window.TouchesNext(at + 1))
                {
                    at += 2;
                    continue;
                }

                break;
            }

            at++;
        }

        return false;
    }

    /// <summary>Whether a plural-looking word is used as a verb: it is followed by a determiner ("marks the").</summary>
    public static bool IsFollowedByDeterminer(in TemporalTokenWindow window, int unit) =>
        window.IsWord(unit + 1) && Determiners.Contains(window.Chars(unit + 1));

    public static bool IsDiscourse(ReadOnlySpan<char> word) => Discourse.Contains(word);

    public static bool IsLabel(ReadOnlySpan<char> word) => word.Length <= 14 && Labels.Contains(word);

    public static bool IsBreakWord(ReadOnlySpan<char> word) => ClassOf(word) == QuantityWordClass.Break;

    private static QuantityWordClass ClassOf(ReadOnlySpan<char> word) =>
        word.Length <= 12 && Classes.TryGetValue(word, out var wordClass) ? wordClass : QuantityWordClass.Ordinary;

    /// <summary>Letters ending in "s" but not "ss", "us", "is" ("crisis", "status", "famous").</summary>
    private static bool EndsLikePlural(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return word[^1] is 's' or 'S' && char.ToLowerInvariant(word[^2]) is not ('s' or 'u' or 'i');
    }

    /// <summary>The unit name for a counted noun: lower case, shared for common units.</summary>
    public static string NameOf(string text, TextSpan span)
    {
        var word = text.AsSpan(span.Start, span.Length);
        if (Interned.TryGetValue(word, out var known))
        {
            return known;
        }

        return string.Create(span.Length, (text, span.Start), static (destination, state) =>
            state.text.AsSpan(state.Start, destination.Length).ToLowerInvariant(destination));
    }

    private static FrozenDictionary<string, QuantityWordClass>.AlternateLookup<ReadOnlySpan<char>> BuildClasses(
        params (QuantityWordClass Class, string[] Words)[] groups)
    {
        var classes = new Dictionary<string, QuantityWordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (wordClass, words) in groups)
        {
            foreach (var word in words)
            {
                classes.TryAdd(word, wordClass);
            }
        }

        return classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Build(params string[] words)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            set.Add(word);
        }

        return set.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
