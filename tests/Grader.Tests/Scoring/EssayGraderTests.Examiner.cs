using System.Text.RegularExpressions;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>Marks move the way an examiner's would when an essay is changed in one respect.</summary>
public sealed partial class EssayGraderTests
{
    private static readonly Regex DatesAndNumbers = new(
        @"\b(\d{1,2}(st|nd|rd|th)?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b|\$?\d[\d,.]*\s*(million|billion|per cent|%)?|\b(in|of|from|until|by|between|and|to|since|after|before)\s+(?=[,.;])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static GradeResult Grade(string essay) => BundledScheme.Grader.Grade(essay);

    [Fact]
    public void Grade_SeedProse_ReachesTheTopTwoLevelsOfJudgementEvidenceRelevanceAndStructure()
    {
        var result = BundledScheme.GraderWithAnotherModelEssay.Grade(File.ReadAllText(RepositoryPaths.Seed));

        foreach (var id in new[] { "judgement", "evidence", "relevance", "structure" })
        {
            var criterion = result.Criterion(id);
            var topTwo = BundledScheme.Value.Rubric.Criteria.Single(c => c.Id == id).Levels.Max(l => l.Level) - 1;
            Assert.True(criterion.Level >= topTwo, $"{id}: level {criterion.Level} ({criterion.Mark}/{criterion.Max}) is below the top two");
        }
    }

    [Theory]
    [InlineData("amnesty")]
    [InlineData("very high rate of interest")]
    [InlineData("After Stalin’s death, the First Five Year Plan")]
    [InlineData("Sino-Soviet Split of 1958")]
    [InlineData("didn’t send any of their own troops")]
    public void Grade_SeedProse_FlagsEachOfItsFactualErrorsQuotingTheSentence(string error)
    {
        var result = BundledScheme.GraderWithAnotherModelEssay.Grade(File.ReadAllText(RepositoryPaths.Seed));

        Assert.Contains(result.Flags, f => f.Code == FlagCodes.FactualError && f.Quote!.Text.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Grade_SeedProseAgainstItsOwnQuestion_EarnsNothingAsACopyOfTheModelEssay()
    {
        var result = Grade(File.ReadAllText(RepositoryPaths.Seed));

        Assert.Equal(GradeStatus.Review, result.Status);
        Assert.True(result.HasFlag(FlagCodes.CopiedModelEssay));
        Assert.Equal(0, result.Total);
        Assert.Contains(result.Unmarked, u => u.Code == FlagCodes.CopiedModelEssay);
    }

    [Fact]
    public void Grade_DatesStripped_EvidenceDrops()
    {
        var essay = Essays.Read("strong-agree");
        var stripped = DatesAndNumbers.Replace(essay, "");

        var before = Grade(essay).Criterion("evidence");
        var after = Grade(stripped).Criterion("evidence");

        Assert.True(after.Mark < before.Mark, $"evidence {before.Mark} → {after.Mark}");
        Assert.True(after.Mark <= before.Mark - 2, $"stripping every date should cost at least two evidence marks ({before.Mark} → {after.Mark})");
    }

    [Theory]
    [InlineData("strong-agree")]
    [InlineData("strong-disagree")]
    public void Grade_IntroductionAndConclusionRemoved_JudgementDrops(string name)
    {
        var paragraphs = Essays.Paragraphs(Essays.Read(name));
        var bodyOnly = Essays.Join(paragraphs[1..^1]);

        var before = Grade(Essays.Read(name)).Criterion("judgement");
        var after = Grade(bodyOnly).Criterion("judgement");

        Assert.True(after.Mark <= before.Mark - 3, $"judgement {before.Mark} → {after.Mark}");
    }

    [Fact]
    public void Grade_ConclusionContradictingTheIntroduction_JudgementDrops()
    {
        var paragraphs = Essays.Paragraphs(Essays.Read("strong-agree"));
        paragraphs[^1] = "In conclusion, the role of the Soviet Union was not crucial at all. Its aid was limited and its influence was only minor, "
            + "so Soviet help was of little importance to the new state; China would have developed in much the same way without Moscow.";

        var before = Grade(Essays.Read("strong-agree")).Criterion("judgement");
        var after = Grade(Essays.Join(paragraphs));

        Assert.True(after.Criterion("judgement").Mark < before.Mark, $"judgement {before.Mark} → {after.Criterion("judgement").Mark}");
        Assert.Contains(after.Criterion("judgement").Reasons, r => r.Effect == ReasonEffect.Cost && r.Message.Contains("contradicts", StringComparison.Ordinal));
    }

    [Fact]
    public void Grade_DatedChronologicalRetelling_LowAnalysisAndJudgement()
    {
        var result = Grade(Essays.Read("narrative"));

        Assert.True(result.Criterion("analysis").Level <= 2, $"analysis level {result.Criterion("analysis").Level}");
        Assert.True(result.Criterion("judgement").Level <= 2, $"judgement level {result.Criterion("judgement").Level}");
        Assert.True(result.Criterion("evidence").Level >= 4, "a narrative full of dates still shows knowledge");
    }

    [Fact]
    public void Grade_WellArguedOppositeJudgement_StillReachesTheTopTwoJudgementLevels()
    {
        var agree = Grade(Essays.Read("strong-agree")).Criterion("judgement");
        var disagree = Grade(Essays.Read("strong-disagree")).Criterion("judgement");

        Assert.True(disagree.Level >= 4, $"judgement level {disagree.Level}");
        Assert.True(Math.Abs(agree.Mark - disagree.Mark) <= 1, $"agree {agree.Mark}, disagree {disagree.Mark}: the stance itself must not be marked");
    }

    [Fact]
    public void Grade_EssayWithPlan_MarksOnlyTheProse()
    {
        var result = Grade(Essays.Read("with-plan"));
        var document = BundledScheme.Analyze(Essays.Read("with-plan"));

        Assert.Equal(5, document.Paragraphs.Count);
        Assert.True(result.Total >= 22, $"total {result.Total}");
    }

    [Fact]
    public void Grade_EssaysOfFallingQuality_GetFallingTotals()
    {
        var strong = Grade(Essays.Read("strong-agree")).Total;
        var middling = Grade(Essays.Read("balanced-mid")).Total;
        var weak = Grade(Essays.Read("weak-general")).Total;
        var shortAnswer = Grade(Essays.Read("short")).Total;

        Assert.True(strong > middling && middling > weak && weak > shortAnswer, $"strong {strong}, middling {middling}, weak {weak}, short {shortAnswer}");
    }

    [Fact]
    public void Grade_FactualErrors_CostEvidenceAreEachFlaggedAndSendToReview()
    {
        var result = Grade(Essays.Read("factual-errors"));

        Assert.True(result.Flags.Count(f => f.Code == FlagCodes.FactualError) >= 6);
        Assert.Equal(GradeStatus.Review, result.Status);
        Assert.Contains(result.Flags, f => f.Code == FlagCodes.ManyFactualErrors && f.Kind == FlagKind.Advisory);
        Assert.Contains(result.Criterion("evidence").Reasons, r => r.Signal == "evidence.accuracy" && r.Effect == ReasonEffect.Cost);
    }
}
