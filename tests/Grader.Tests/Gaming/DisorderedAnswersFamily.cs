namespace Grader.Tests.Gaming;

/// <summary>
/// The families that keep every word of a good answer (<see cref="GamingSources.GoodAnswers"/>) and destroy its
/// order: <c>word-salad</c> (<see cref="Shuffles.WordSalad"/>: words shuffled into 12–20-word "sentences", paragraph
/// count kept) and <c>sentence-shuffle</c> (<see cref="Shuffles.SentencesAcrossParagraphs"/>: real sentences,
/// shuffled across paragraphs). The names, dates and cue words are all there; the argument is gone.
/// </summary>
internal sealed class DisorderedAnswersFamily(string id, int seed, Func<string, Random, string> disorder, string description) : IGamingFamily
{
    public string Id => id;

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(seed);
        return sources.GoodAnswers().Select(source => GamingVariant.Of(Id, source, disorder(source.Text, random), description));
    }
}
