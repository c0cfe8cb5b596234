namespace Grader.Tests.Gaming;

/// <summary>
/// <c>off-topic-named</c>: fluent essays on other history questions (the Cuban Missile Crisis with Khrushchev
/// throughout, the French Revolution, the First World War, the Treaty of Versailles) made to look relevant by naming
/// the subject: one varied Soviet/China sentence per paragraph, and/or an introduction and a conclusion that echo
/// the question. The source is the text one step before the last trick (the framed essay before sentences were
/// inserted, or the plain essay); a plain off-topic essay handed in as it is counts as made from scratch.
/// </summary>
internal sealed class OffTopicNamedFamily : IGamingFamily
{
    public string Id => "off-topic-named";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(202);
        var essays = new[]
        {
            sources.Material("cuban-missile-crisis"),
            sources.Material("french-revolution"),
            sources.Material("first-world-war"),
            sources.Fixture("off-topic"),
        };
        for (var i = 0; i < essays.Length; i++)
        {
            var plain = essays[i];
            if (i < 3)
            {
                yield return GamingVariant.Of(Id, sources.ModelEssay, plain.Text, $"{plain.Id} handed in as it is");
            }

            var framed = new GamingSource(plain.Id + "+question-frame", QuestionFrame.Around(sources.Rubric, plain.Text, i));
            yield return GamingVariant.Of(Id, plain, framed.Text, "the question's thesis as introduction and conclusion");
            yield return GamingVariant.Of(Id, plain, SubjectSentences.IntoEveryParagraph(plain.Text, random, atStart: false), "a subject sentence at the end of every paragraph");
            yield return GamingVariant.Of(Id, framed, SubjectSentences.IntoEveryParagraph(framed.Text, random, atStart: i % 2 == 0), "question frame, and a subject sentence in every paragraph");
        }
    }
}
