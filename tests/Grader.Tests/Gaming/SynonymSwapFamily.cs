namespace Grader.Tests.Gaming;

/// <summary>
/// <c>synonym-swap</c>: a copy of the model essay or of a strong essay with most of its ordinary words (those in
/// <see cref="SynonymTable"/>) swapped for a seeded synonym, as a paraphrasing tool would.
/// </summary>
internal sealed class SynonymSwapFamily : IGamingFamily
{
    public string Id => "synonym-swap";

    public bool CopiesAnotherText => true;

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(505);
        var plan = new (GamingSource Source, double Share)[]
        {
            (sources.ModelEssay, 0.6),
            (sources.ModelEssay, 0.8),
            (sources.ModelEssay, 1.0),
            (sources.Script("S001"), 0.8),
            (sources.Script("S002"), 0.8),
            (sources.Script("S003"), 0.8),
            (sources.Script("S004"), 0.8),
            (sources.Fixture("strong-agree"), 0.8),
            (sources.Fixture("strong-disagree"), 0.8),
            (sources.Fixture("with-plan"), 0.8),
            (sources.Honest("strong-agree-british"), 0.8),
            (sources.Honest("economy-focus"), 0.8),
        };
        foreach (var (source, share) in plan)
        {
            yield return GamingVariant.Of(Id, source, Swap(source.Text, share, random), $"{share:P0} of the words with a synonym swapped");
        }
    }

    /// <summary>Swaps each word that has synonyms, with probability <paramref name="share"/>, for one of them.</summary>
    public static string Swap(string text, double share, Random random) =>
        EssayText.ReplaceWords(text, (word, _) =>
        {
            var synonyms = SynonymTable.Of(word);
            return synonyms.Count == 0 || random.NextDouble() >= share ? null : EssayText.MatchCase(word, synonyms[random.Next(synonyms.Count)]);
        });
}
