using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>
/// <c>pasted-unrelated</c>: an unrelated text (photosynthesis, the Tudor navy, vaccines) pasted into the middle of
/// an honest answer to make it longer, either as one block or one paragraph after each of the answer's paragraphs.
/// </summary>
internal sealed class PastedUnrelatedFamily : IGamingFamily
{
    public string Id => "pasted-unrelated";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        GamingSource[] unrelated = [sources.Material("photosynthesis"), sources.Material("tudor-navy"), sources.Fixture("off-topic-science")];
        GamingSource[] hosts =
        [
            sources.Script("S006"),
            sources.Script("S007"),
            sources.Script("S008"),
            sources.Script("S012"),
            sources.Fixture("balanced-mid"),
            sources.Fixture("narrative"),
            sources.Honest("middling-partly-agree"),
            sources.Honest("korea-focus"),
            sources.Honest("weak-opinionated"),
            sources.Honest("esl-disagree"),
            sources.Honest("typo-laden"),
            sources.Honest("rhetorical-questions"),
        ];
        for (var i = 0; i < hosts.Length; i++)
        {
            var host = Essays.Paragraphs(hosts[i].Text);
            var pasted = Essays.Paragraphs(unrelated[i % unrelated.Length].Text);
            var interleave = i % 3 == 2;
            var text = interleave ? Interleave(host, pasted) : Essays.Join([.. host[..(host.Length / 2)], .. pasted, .. host[(host.Length / 2)..]]);
            var how = interleave ? "one paragraph after each of the answer's first paragraphs" : "as one block in the middle";
            yield return GamingVariant.Of(Id, hosts[i], text, $"{unrelated[i % unrelated.Length].Id} pasted {how}");
        }
    }

    private static string Interleave(string[] host, string[] pasted) =>
        Essays.Join(host.SelectMany((paragraph, i) => i < pasted.Length ? new[] { paragraph, pasted[i] } : [paragraph]));
}
