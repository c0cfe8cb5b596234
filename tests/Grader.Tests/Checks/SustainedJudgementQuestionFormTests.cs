using Grader.Checks;
using Grader.Scoring;
using Grader.Tests.Loading;

namespace Grader.Tests.Checks;

/// <summary>
/// The judgement check on questions of each common form, with a question of no period and no subject (not the bundled
/// one): a thesis that answers the question in that form earns credit, and the feedback carries no wording of another
/// question or form.
/// </summary>
public sealed class SustainedJudgementQuestionFormTests
{
    private const string Rubric = """
        {
          "id": "dust-bowl",
          "question": "{{question}}",
          {{extra}}
          "length": { "guideMin": 60, "guideMax": 400, "tooShortBelow": 20 },
          "criteria": [
            {
              "id": "judgement",
              "max": 4,
              "signals": [
                { "signal": "judgement.thesis", "weight": 1 },
                { "signal": "judgement.conclusion", "weight": 1 },
                { "signal": "judgement.consistency", "weight": 1 }
              ],
              "levels": [
                { "level": 0, "minMark": 0, "maxMark": 1, "descriptor": "No judgement." },
                { "level": 1, "minMark": 2, "maxMark": 4, "descriptor": "A judgement." }
              ]
            }
          ]
        }
        """;

    private const string Body = """

        In the 1920s farmers on the Great Plains ploughed up millions of acres of grassland to grow wheat, because wheat prices were high after the war. The roots of the prairie grass had held the soil in place.

        When rain failed in 1931 the bare soil dried out and strong winds lifted it into huge black clouds, which meant that farms lost their topsoil and families left for California.

        """;

    public static TheoryData<string, string, string> Answers => new()
    {
        {
            "How far was poor farming responsible for the Dust Bowl?",
            "Poor farming was largely responsible for the Dust Bowl, although the drought made it worse.",
            "In conclusion, poor farming was largely responsible for the Dust Bowl, because it left the soil bare when the drought came."
        },
        {
            "To what extent was drought responsible for the Dust Bowl?",
            "Drought was responsible for the Dust Bowl only to a limited extent, since farming had already exposed the soil.",
            "In conclusion, drought was responsible for the Dust Bowl only to a limited extent, because the damage had been done by the plough."
        },
        {
            "Assess the role of drought in causing the Dust Bowl.",
            "Drought played a significant role in causing the Dust Bowl, but the way the land was farmed mattered more.",
            "In conclusion, drought played a significant role in causing the Dust Bowl, although farming made the land vulnerable first."
        },
        {
            "Compare the effects of the Dust Bowl on farmers and on city workers.",
            "The Dust Bowl hit farmers harder than city workers, whereas both suffered from the falling prices of the Depression.",
            "In conclusion, the Dust Bowl hit farmers harder than city workers, who were spared the loss of their land, whereas both groups faced poverty."
        },
        {
            "Why did the Dust Bowl happen in the 1930s?",
            "The Dust Bowl happened in the 1930s because years of deep ploughing had stripped the grass that held the soil, and then drought came.",
            "In conclusion, the Dust Bowl happened because farming had removed the grass, so the drought and the winds could carry the soil away."
        },
        {
            "Explain how the Dust Bowl changed farming on the Great Plains.",
            "The Dust Bowl changed farming on the Great Plains because it taught farmers to protect the soil instead of exhausting it.",
            "In conclusion, the Dust Bowl changed farming on the Great Plains because contour ploughing and shelter belts of trees became normal, which kept the soil in place."
        },
    };

    private static EssayGrader Grader(TempFolder folder, string question, string extra = "") =>
        new(MarkScheme.Load(folder.Write("rubric.json", Rubric.Replace("{{question}}", question, StringComparison.Ordinal).Replace("{{extra}}", extra, StringComparison.Ordinal))).GetValueOrThrow());

    [Theory]
    [MemberData(nameof(Answers))]
    public void Grade_ThesisAnsweringTheQuestionInItsForm_EarnsThesisAndConclusion(string question, string introduction, string conclusion)
    {
        using var folder = new TempFolder();

        var result = Grader(folder, question).Grade(introduction + "\n" + Body + conclusion);

        Assert.True(result.Signals.Single(s => s.Name == SignalCatalog.JudgementThesis).Value >= 0.55, Describe(result));
        Assert.True(result.Signals.Single(s => s.Name == SignalCatalog.JudgementConclusion).Value >= 0.75, Describe(result));
        Assert.True(result.Signals.Single(s => s.Name == SignalCatalog.JudgementConsistency).Value >= 0.5, Describe(result));
        Assert.DoesNotContain(result.Criterion("judgement").Reasons, r => r.Message.Contains("crucial", StringComparison.OrdinalIgnoreCase) || r.Message.Contains("1953", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void Grade_NoAnswerInTheIntroduction_CostSaysWhatThisFormOfQuestionAsks(string question, string introduction, string conclusion)
    {
        _ = introduction;
        _ = conclusion;
        using var folder = new TempFolder();
        var form = QuestionForms.Of(question);

        var result = Grader(folder, question).Grade("The Great Plains are a large area of flat land in the middle of the United States.\n" + Body + "Many people still live on the Great Plains today.");

        var cost = Assert.Single(result.Criterion("judgement").Reasons, r => r.Signal == SignalCatalog.JudgementThesis && r.Effect == ReasonEffect.Cost);
        Assert.Contains(QuestionForms.Position(form), cost.Message, StringComparison.Ordinal);
        Assert.Equal(form == QuestionForm.Extent, cost.Message.Contains("how far", StringComparison.Ordinal));
    }

    [Fact]
    public void Grade_StanceOfDegree_DescribedWithTheRubricsKeyConcept()
    {
        using var folder = new TempFolder();
        var (question, introduction, conclusion) = ("How far was poor farming responsible for the Dust Bowl?", "Poor farming was largely responsible for the Dust Bowl, although the drought made it worse.", "In conclusion, poor farming was largely responsible for the Dust Bowl, because it left the soil bare when the drought came.");

        var grader = Grader(folder, question, "\"keyConcept\": { \"name\": \"responsible\", \"terms\": [\"responsible\", \"to blame\"] },");
        var reasons = grader.Grade(introduction + "\n" + Body + conclusion).Criterion("judgement").Reasons;

        Assert.Contains(reasons, r => r.Signal == SignalCatalog.JudgementThesis && r.Message.Contains("strong: responsible, to a large extent", StringComparison.Ordinal));
    }

    private static string Describe(GradeResult result) =>
        string.Join(" | ", result.Signals.Where(s => s.Name.StartsWith("judgement.", StringComparison.Ordinal)).Select(s => $"{s.Name}={s.Value}"))
        + " || " + string.Join(" | ", result.Criterion("judgement").Reasons.Select(r => r.Message));
}
