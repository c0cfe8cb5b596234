namespace Grader.Tests.Gaming;

/// <summary>
/// <c>word-substitution</c>: a copy of the model essay or of a strong script with every k-th word (k = 3, 4, 5, 7)
/// replaced by a word chosen (seeded) from <see cref="ReplacementWords"/>, the way a copier disguises a copy.
/// </summary>
internal sealed class WordSubstitutionFamily : IGamingFamily
{
    public string Id => "word-substitution";

    public bool CopiesAnotherText => true;

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(404);
        var plan = new (GamingSource Source, int[] Ks)[]
        {
            (sources.ModelEssay, [3, 4, 5, 7]),
            (sources.Script("S001"), [3, 4, 5, 7]),
            (sources.Script("S004"), [4, 7]),
            (sources.Fixture("strong-agree"), [5]),
            (sources.Honest("strong-agree-british"), [5]),
        };
        foreach (var (source, ks) in plan)
        {
            foreach (var k in ks)
            {
                yield return GamingVariant.Of(Id, source, ReplaceEveryKthWord(source.Text, k, random), $"every {k}th word replaced");
            }
        }
    }

    /// <summary>Replaces the k-th, 2k-th, … letter word of <paramref name="text"/> by a different word from the list.</summary>
    public static string ReplaceEveryKthWord(string text, int k, Random random) =>
        EssayText.ReplaceWords(text, (word, number) => number % k == 0 ? EssayText.MatchCase(word, OtherWord(word, random)) : null);

    private static string OtherWord(string word, Random random)
    {
        string replacement;
        do
        {
            replacement = ReplacementWords.All[random.Next(ReplacementWords.All.Count)];
        }
        while (string.Equals(replacement, word, StringComparison.OrdinalIgnoreCase));
        return replacement;
    }
}
