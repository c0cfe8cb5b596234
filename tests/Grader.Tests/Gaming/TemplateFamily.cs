using Grader.Rubrics;

namespace Grader.Tests.Gaming;

/// <summary>
/// <c>template</c>: essays assembled from the answer key's timeline (each event's first term and year) poured into a
/// few sentence skeletons full of argument cue words, between an introduction and a conclusion that echo the
/// question. Nothing is argued; every sentence has the same shape.
/// </summary>
internal sealed class TemplateFamily : IGamingFamily
{
    private static readonly string[][] Skeletons =
    [
        ["In {year} {the term} shows that the role of {subject} was {concept}, because {event}."],
        ["{The term} of {year} proves that {subject} was {concept} to China.", "Therefore the role of {subject} in {year} was {concept}."],
        [
            "In {year} {the term} was {concept} because it shows that {subject} helped China.",
            "However, in {year} {the term} suggests that {subject} was less {concept}, because {event}.",
        ],
        ["{Term} ({year}): this shows that {subject} was {concept}, which means that {subject} played a key role in {year}."],
    ];

    private static readonly int[] Sizes = [6, 12, 20];

    public string Id => "template";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(101);
        var rubric = sources.Rubric;
        var events = sources.AnswerKey.Timeline.Where(e => rubric.Period?.Overlaps(e.Year, e.LastYear) ?? true).ToArray();
        for (var skeleton = 0; skeleton < Skeletons.Length; skeleton++)
        {
            foreach (var size in Sizes)
            {
                var sentences = Enumerable.Range(0, size)
                    .Select(i => Fill(Skeletons[skeleton][i % Skeletons[skeleton].Length], events[random.Next(events.Length)], rubric, random))
                    .ToArray();
                var body = string.Join("\n\n", sentences.Chunk(3).Select(chunk => string.Join(" ", chunk)));
                var text = QuestionFrame.Around(rubric, body, skeleton);
                yield return GamingVariant.Of(Id, sources.ModelEssay, text, $"skeleton {skeleton + 1}, {size} templated sentences in paragraphs of 3, question-echo frame");
            }
        }
    }

    private static string Fill(string skeleton, TimelineEvent timelineEvent, Rubric rubric, Random random)
    {
        var term = EventNames.Name(timelineEvent);
        var concepts = rubric.KeyConcept.Terms.Where(concept => !concept.Contains(' ', StringComparison.Ordinal)).ToArray();
        var concept = concepts[random.Next(concepts.Length)];
        var withArticle = EssayText.WithArticle(term);
        return skeleton
            .Replace("{the term}", withArticle, StringComparison.Ordinal)
            .Replace("{The term}", EssayText.Capitalise(withArticle), StringComparison.Ordinal)
            .Replace("{Term}", EssayText.Capitalise(term), StringComparison.Ordinal)
            .Replace("{year}", timelineEvent.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{subject}", rubric.Subject?.Name ?? "the question's subject", StringComparison.Ordinal)
            .Replace("{concept}", concept, StringComparison.Ordinal)
            .Replace("{event}", EventNames.Clause(timelineEvent), StringComparison.Ordinal);
    }
}
