using System.Globalization;
using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>
/// <c>question-copied</c>: the question copied out 5–20 times (one per paragraph, all in one paragraph, or as
/// numbered lines), alone or around a weak answer.
/// </summary>
internal sealed class QuestionCopiedFamily : IGamingFamily
{
    public string Id => "question-copied";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var question = sources.Rubric.Question;
        foreach (var count in new[] { 5, 10, 20 })
        {
            var copies = Enumerable.Repeat(question, count).ToArray();
            yield return GamingVariant.Of(Id, sources.ModelEssay, Essays.Join(copies), $"{count} copies, one per paragraph");
            yield return GamingVariant.Of(Id, sources.ModelEssay, string.Join(" ", copies), $"{count} copies in one paragraph");
        }

        var numbered = string.Join("\n", Enumerable.Range(1, 10).Select(i => i.ToString(CultureInfo.InvariantCulture) + ". " + question));
        yield return GamingVariant.Of(Id, sources.ModelEssay, numbered, "10 numbered copies, one per line");

        var weak = sources.Fixture("weak-general");
        yield return GamingVariant.Of(Id, weak, Essays.Join(Enumerable.Repeat(question, 10)) + "\n\n" + weak.Text, "10 copies, one per paragraph, before a weak answer");

        var shortScript = sources.Script("S011");
        yield return GamingVariant.Of(Id, shortScript, shortScript.Text + "\n\n" + string.Join(" ", Enumerable.Repeat(question, 10)), "10 copies in one paragraph after a short answer");

        var vague = sources.Honest("weak-vague");
        var interleaved = Essays.Join(Essays.Paragraphs(vague.Text).SelectMany(paragraph => new[] { question, paragraph }));
        yield return GamingVariant.Of(Id, vague, interleaved, "a copy before each paragraph of a weak answer");
    }
}
