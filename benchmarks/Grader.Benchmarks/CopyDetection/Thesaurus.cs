using System.Text;

namespace Grader.Benchmarks.CopyDetection;

/// <summary>
/// Single-word synonyms read from a MyThes thesaurus file (Debian's <c>mythes-en-us</c>: /usr/share/mythes/th_en_US_v2.dat),
/// for measuring only: the paraphrase attack swaps words for these. Lower-case keys; the first sense's first one-word
/// synonym that differs from the word.
/// </summary>
internal sealed class Thesaurus
{
    public const string DebianPath = "/usr/share/mythes/th_en_US_v2.dat";

    private readonly Dictionary<string, string> _synonyms;

    private Thesaurus(Dictionary<string, string> synonyms) => _synonyms = synonyms;

    public int Count => _synonyms.Count;

    public static Thesaurus? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var synonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new StreamReader(path, Encoding.UTF8);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var bar = line.LastIndexOf('|');
            if (bar <= 0 || !int.TryParse(line.AsSpan(bar + 1), out var senses))
            {
                continue;
            }

            var word = line[..bar];
            string? chosen = null;
            for (var s = 0; s < senses && reader.ReadLine() is { } sense; s++)
            {
                if (chosen is not null)
                {
                    continue;
                }

                foreach (var candidate in sense.Split('|').Skip(1))
                {
                    if (!candidate.Contains('(') && !candidate.Contains(' ') && !candidate.Contains('-') && candidate.All(char.IsAsciiLetterLower) && candidate != word && candidate.Length > 2)
                    {
                        chosen = candidate;
                        break;
                    }
                }
            }

            if (chosen is not null && word.All(char.IsAsciiLetterLower))
            {
                synonyms.TryAdd(word, chosen);
            }
        }

        return new Thesaurus(synonyms);
    }

    /// <summary>A synonym for <paramref name="lower"/> (a lower-case word), trying its base form for -s, -es, -ed, -ing, -ly and putting the ending back.</summary>
    public string? For(string lower)
    {
        if (_synonyms.TryGetValue(lower, out var direct))
        {
            return direct;
        }

        foreach (var (ending, bases) in Endings)
        {
            if (!lower.EndsWith(ending, StringComparison.Ordinal) || lower.Length <= ending.Length + 2)
            {
                continue;
            }

            var stem = lower[..^ending.Length];
            foreach (var add in bases)
            {
                if (_synonyms.TryGetValue(stem + add, out var synonym))
                {
                    return Inflect(synonym, ending);
                }
            }
        }

        return null;
    }

    private static readonly (string Ending, string[] Bases)[] Endings =
    [
        ("ies", ["y"]), ("es", ["", "e"]), ("s", [""]), ("ed", ["", "e"]), ("ing", ["", "e"]), ("ly", [""]),
    ];

    private static string Inflect(string word, string ending) => ending switch
    {
        "ies" => word.EndsWith('y') ? word[..^1] + "ies" : word + "s",
        "es" or "s" => word.EndsWith('s') || word.EndsWith('x') ? word + "es" : word + "s",
        "ed" => word.EndsWith('e') ? word + "d" : word + "ed",
        "ing" => word.EndsWith('e') ? word[..^1] + "ing" : word + "ing",
        _ => word + ending,
    };
}
