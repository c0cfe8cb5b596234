using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>
/// <c>repeated-short</c>: a short sentence ("Stalin was crucial.") repeated 50–300 times, as one paragraph or in
/// paragraphs of ten, alone (made from scratch) or after the honest opening paragraph of an answer (whose source is
/// that opening alone).
/// </summary>
internal sealed class RepeatedShortFamily : IGamingFamily
{
    private static readonly string[] ShortSentences =
    [
        "Stalin was crucial.",
        "The Soviet Union was crucial.",
        "Soviet aid was vital.",
        "Mao needed Stalin.",
    ];

    public string Id => "repeated-short";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var alone = new (int Sentence, int Count, bool Paragraphs)[] { (0, 50, false), (0, 300, false), (1, 120, true), (2, 300, true), (3, 80, false) };
        foreach (var (sentence, count, paragraphs) in alone)
        {
            yield return GamingVariant.Of(Id, sources.ModelEssay, Repeat(ShortSentences[sentence], count, paragraphs), Describe(sentence, count, paragraphs, "alone"));
        }

        yield return GamingVariant.Of(Id, sources.ModelEssay, Repeat(string.Join(" ", ShortSentences), 40, true), "all four short sentences in turn, 160 sentences in paragraphs of ten, alone");

        var openings = new (GamingSource Essay, int Sentence, int Count, bool Paragraphs)[]
        {
            (sources.Script("S005"), 0, 50, false),
            (sources.Script("S005"), 1, 120, true),
            (sources.Script("S009"), 0, 300, false),
            (sources.Honest("middling-partly-agree"), 2, 120, true),
            (sources.Honest("strong-agree-british"), 3, 60, false),
            (sources.Fixture("balanced-mid"), 1, 200, true),
        };
        foreach (var (essay, sentence, count, paragraphs) in openings)
        {
            var opening = new GamingSource(essay.Id + "#opening", Essays.Paragraphs(essay.Text)[0]);
            var text = opening.Text + "\n\n" + Repeat(ShortSentences[sentence], count, paragraphs);
            yield return GamingVariant.Of(Id, opening, text, Describe(sentence, count, paragraphs, "after the answer's opening paragraph"));
        }
    }

    private static string Repeat(string sentence, int count, bool paragraphs) =>
        paragraphs
            ? Essays.Join(Enumerable.Repeat(sentence, count).Chunk(10).Select(chunk => string.Join(" ", chunk)))
            : string.Join(" ", Enumerable.Repeat(sentence, count));

    private static string Describe(int sentence, int count, bool paragraphs, string where) =>
        $"\"{ShortSentences[sentence]}\" {count} times {(paragraphs ? "in paragraphs of ten" : "in one paragraph")}, {where}";
}
