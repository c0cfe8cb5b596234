using System.Globalization;
using Grader.Rubrics;
using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>
/// <c>misconception-stuffed</c>: an honest answer with several errors added at the ends of its paragraphs: the
/// answer key's misconception claims (read from the key at run time) and sentences giving timeline events a wrong
/// year (one the event does not accept). 4, 7 or 10 errors per essay.
/// </summary>
internal sealed class MisconceptionStuffedFamily : IGamingFamily
{
    public string Id => "misconception-stuffed";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(1717);
        var errors = Errors(sources, random);
        GamingSource[] hosts =
        [
            sources.Script("S001"),
            sources.Script("S003"),
            sources.Script("S005"),
            sources.Script("S007"),
            sources.Fixture("strong-agree"),
            sources.Fixture("balanced-mid"),
            sources.Honest("strong-agree-british"),
            sources.Honest("economy-focus"),
            sources.Honest("korea-focus"),
            sources.Honest("middling-partly-agree"),
            sources.Honest("comparative-factors"),
            sources.Honest("esl-agree"),
        ];
        int[] counts = [4, 7, 10];
        for (var i = 0; i < hosts.Length; i++)
        {
            var count = counts[i % counts.Length];
            var chosen = errors.ToArray();
            random.Shuffle(chosen);
            var paragraphs = Essays.Paragraphs(hosts[i].Text);
            foreach (var error in chosen[..count])
            {
                var at = random.Next(paragraphs.Length);
                paragraphs[at] = paragraphs[at] + " " + error;
            }

            yield return GamingVariant.Of(Id, hosts[i], Essays.Join(paragraphs), $"{count} misconceptions and wrong dates added");
        }
    }

    /// <summary>Every misconception's claim, and one wrongly dated sentence per timeline event in the period.</summary>
    private static string[] Errors(GamingSources sources, Random random)
    {
        var claims = sources.AnswerKey.Misconceptions.Select(m => m.Claim.TrimEnd('.') + ".");
        var wrongDates = sources.AnswerKey.Timeline
            .Where(e => sources.Rubric.Period?.Contains(e.Year) ?? true)
            .Select(e => $"{EssayText.Capitalise(EssayText.WithArticle(EventNames.Name(e)))} took place in {WrongYear(e, random).ToString(CultureInfo.InvariantCulture)}.");
        return claims.Concat(wrongDates).ToArray();
    }

    private static int WrongYear(TimelineEvent timelineEvent, Random random)
    {
        int year;
        do
        {
            year = timelineEvent.Year + (random.Next(2) == 0 ? -1 : 1) * random.Next(3, 7);
        }
        while (timelineEvent.Accepts(year));
        return year;
    }
}
