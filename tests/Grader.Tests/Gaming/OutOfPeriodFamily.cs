namespace Grader.Tests.Gaming;

/// <summary>
/// <c>out-of-period</c>: essays on the right subject (the Soviet Union and Chinese communism) but mostly outside the
/// question's period (the Comintern and the CCP in the 1920s; Sino-Soviet relations 1958–1989), handed in as they
/// are, framed by the question, given a linking sentence per paragraph, or placed between the introduction and the
/// conclusion of an honest script.
/// </summary>
internal sealed class OutOfPeriodFamily : IGamingFamily
{
    private const string LinkingSentence = "This shows that the Soviet role in the early years of the People's Republic of China was crucial.";

    public string Id => "out-of-period";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var essays = new[] { sources.Material("sino-soviet-relations-1958-1989"), sources.Material("comintern-and-the-ccp-1920s") };
        for (var i = 0; i < essays.Length; i++)
        {
            var plain = essays[i];
            var linked = Support.Essays.Join(Support.Essays.Paragraphs(plain.Text).Select(paragraph => paragraph + " " + LinkingSentence));
            var framed = new GamingSource(plain.Id + "+question-frame", QuestionFrame.Around(sources.Rubric, plain.Text, i));
            yield return GamingVariant.Of(Id, sources.ModelEssay, plain.Text, $"{plain.Id} handed in as it is");
            yield return GamingVariant.Of(Id, plain, framed.Text, "the question's thesis as introduction and conclusion");
            yield return GamingVariant.Of(Id, plain, linked, "a sentence linking every paragraph to the question");
            yield return GamingVariant.Of(Id, framed, QuestionFrame.Around(sources.Rubric, linked, i), "question frame and a linking sentence per paragraph");
        }

        var both = essays[1].Text + "\n\n" + essays[0].Text;
        yield return GamingVariant.Of(Id, sources.ModelEssay, QuestionFrame.Around(sources.Rubric, both, 2), "1920s and 1958–1989 essays together in a question frame");

        foreach (var (script, body) in new[] { (sources.Script("S002"), essays[0]), (sources.Script("S004"), essays[1]), (sources.Script("S005"), essays[0]) })
        {
            var paragraphs = Support.Essays.Paragraphs(script.Text);
            var text = Support.Essays.Join([paragraphs[0], .. Support.Essays.Paragraphs(body.Text), paragraphs[^1]]);
            yield return GamingVariant.Of(Id, script, text, $"{script.Id}'s introduction and conclusion around {body.Id}");
        }
    }
}
