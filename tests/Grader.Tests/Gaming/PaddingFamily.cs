using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>
/// <c>padding</c>: a short or weak answer padded towards the length guide with empty filler ("It is important to note
/// that this is very important.") or with one sentence skeleton repeated with its slot filled by the answer key's
/// names ("The Korean War was very important for China because it was very important."), either as extra paragraphs
/// or appended to every paragraph.
/// </summary>
internal sealed class PaddingFamily : IGamingFamily
{
    private static readonly string[] Filler =
    [
        "It is important to note that this is very important.",
        "This is a very significant point that must be considered carefully.",
        "There are many different factors that need to be taken into account here.",
        "As has already been said above, this point is very relevant to the question.",
        "This will now be discussed in more detail in the rest of this paragraph.",
        "Many historians have different views about this, and all of them are interesting.",
        "It can be said that this was a key moment in history for many reasons.",
        "This shows that there are many sides to the question that must be looked at.",
        "In other words, this is something that mattered a great deal at the time.",
        "It is clear that this point is one that should not be ignored by anyone.",
        "This links back to the question because it is about the question.",
        "All of these things together show how important this really was.",
    ];

    private static readonly string[] Skeletons =
    [
        "The {0} was very important for China because it was very important.",
        "{0} was a key factor, and this key factor was key to the question.",
        "We can see that the {0} mattered, because the {0} was something that mattered.",
    ];

    public string Id => "padding";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(1616);
        var names = sources.AnswerKey.Timeline.Select(EventNames.Name).ToArray();
        var plan = new (GamingSource Source, bool Skeleton, int Words, bool EveryParagraph)[]
        {
            (sources.Fixture("short"), false, 150, false),
            (sources.Fixture("short"), false, 400, true),
            (sources.Fixture("short"), true, 300, false),
            (sources.Script("S011"), false, 300, false),
            (sources.Script("S011"), true, 200, true),
            (sources.Script("S009"), false, 200, true),
            (sources.Script("S010"), true, 300, false),
            (sources.Fixture("weak-general"), false, 300, true),
            (sources.Fixture("weak-general"), true, 150, false),
            (sources.Honest("weak-vague"), false, 400, false),
            (sources.Honest("weak-vague"), true, 300, true),
            (sources.Honest("middling-partly-agree"), false, 250, true),
        };
        foreach (var (source, skeleton, words, everyParagraph) in plan)
        {
            var pad = Sentences(words, () => skeleton ? string.Format(System.Globalization.CultureInfo.InvariantCulture, Skeletons[random.Next(Skeletons.Length)], names[random.Next(names.Length)]) : Filler[random.Next(Filler.Length)]);
            var text = everyParagraph ? AppendToEveryParagraph(source.Text, pad) : source.Text + "\n\n" + Essays.Join(pad.Chunk(5).Select(chunk => string.Join(" ", chunk)));
            var kind = skeleton ? "a slot-filled sentence skeleton" : "filler sentences";
            var where = everyParagraph ? "spread over every paragraph" : "as extra paragraphs";
            yield return GamingVariant.Of(Id, source, text, $"about {words} words of {kind} {where}");
        }
    }

    private static List<string> Sentences(int words, Func<string> next)
    {
        var sentences = new List<string>();
        for (var count = 0; count < words;)
        {
            var sentence = EssayText.Capitalise(next());
            sentences.Add(sentence);
            count += EssayText.WordCount(sentence);
        }

        return sentences;
    }

    private static string AppendToEveryParagraph(string essay, List<string> pad)
    {
        var paragraphs = Essays.Paragraphs(essay);
        var share = (pad.Count + paragraphs.Length - 1) / paragraphs.Length;
        return Essays.Join(paragraphs.Select((paragraph, i) => string.Join(" ", pad.Skip(i * share).Take(share).Prepend(paragraph))));
    }
}
