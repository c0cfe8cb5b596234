using Grader.Checks;
using Grader.Scoring;
using Grader.Tests.Loading;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>A question with no period and no subject list (a science question) loads and marks, and its feedback names what it has.</summary>
public sealed class QuestionWithoutPeriodTests
{
    private const string Rubric = """
        {
          "id": "photosynthesis",
          "question": "Explain how the rate of photosynthesis depends on light intensity and temperature.",
          {{extra}}
          "length": { "guideMin": 120, "guideMax": 300, "tooShortBelow": 40 },
          "criteria": [
            {
              "id": "understanding",
              "max": 6,
              "signals": [
                { "signal": "relevance.subject", "weight": 2 },
                { "signal": "analysis.explanation", "weight": 2 },
                { "signal": "evidence.density", "weight": 1 }
              ],
              "levels": [
                { "level": 0, "minMark": 0, "maxMark": 1, "descriptor": "Little understanding." },
                { "level": 1, "minMark": 2, "maxMark": 4, "descriptor": "Some understanding." },
                { "level": 2, "minMark": 5, "maxMark": 6, "descriptor": "Clear understanding." }
              ]
            }
          ]
        }
        """;

    private const string Essay = """
        Photosynthesis is the process by which plants make glucose from carbon dioxide and water using light energy.

        As light intensity increases, the rate of photosynthesis rises because more energy is available to the chlorophyll. Beyond a certain intensity the rate levels off, since another factor such as carbon dioxide becomes limiting.

        Temperature matters because the reactions are controlled by enzymes. Up to about 35 degrees the rate increases, but above that the enzymes are denatured and the rate falls sharply.

        Mendel studied peas in a monastery garden in 1856 and published his results in 1866.
        """;

    private static EssayGrader Grader(TempFolder folder, string extra = "") =>
        new(MarkScheme.Load(folder.Write("rubric.json", Rubric.Replace("{{extra}}", extra, StringComparison.Ordinal))).GetValueOrThrow());

    [Fact]
    public void Grade_NoPeriod_NoPeriodSignalsAndNoOutOfPeriodFlag()
    {
        using var folder = new TempFolder();

        var result = Grader(folder).Grade(Essay);

        Assert.True(result.Status == GradeStatus.Ok, string.Join("; ", result.Flags.Select(f => f.Message)));
        Assert.DoesNotContain(result.Signals, s => s.Name is SignalCatalog.EvidencePeriod or SignalCatalog.RelevancePeriod);
        Assert.False(result.HasFlag(FlagCodes.OutOfPeriod));
        Assert.True(result.Total > 0, $"total {result.Total}");
    }

    [Fact]
    public void Grade_NoSubjectNorTopicTerms_ParagraphsThatDoNotEchoTheQuestionCostSayingSo()
    {
        using var folder = new TempFolder();

        var reasons = Grader(folder).Grade(Essay).Criterion("understanding").Reasons;

        var cost = Assert.Single(reasons, r => r.Signal == SignalCatalog.RelevanceSubject && r.Effect == ReasonEffect.Cost);
        Assert.Contains("never echoes the question's own terms", cost.Message, StringComparison.Ordinal);
        Assert.Contains("Mendel", cost.Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_NoSubjectButTopicTerms_TopicTermsStandForTheSubjectAndAreNamed()
    {
        using var folder = new TempFolder();
        var grader = Grader(folder, "\"topicTerms\": [\"photosynthesis\", \"chlorophyll\", \"enzymes\", \"light intensity\"],");

        var reasons = grader.Grade(Essay).Criterion("understanding").Reasons;

        Assert.Contains(reasons, r => r.Signal == SignalCatalog.RelevanceSubject && r.Message.Contains("never mentions the question's topic", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Signal == SignalCatalog.RelevanceSubject && r.Effect == ReasonEffect.Earned && r.Message.Contains("keep the question's topic in view", StringComparison.Ordinal));
    }

    [Fact]
    public void Grade_NoSubjectNorTopicTermsAndAnEssayOnAnotherQuestion_StillFlaggedOffTopic()
    {
        using var folder = new TempFolder();

        var result = Grader(folder).Grade(Essays.Read("strong-agree"));

        Assert.True(result.HasFlag(FlagCodes.OffTopic), string.Join("; ", result.Flags.Select(f => f.Code)));
    }
}
