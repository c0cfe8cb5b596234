using Grader.Scoring;
using Grader.Reporting;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>The grader's limits: the longest essay it marks, and how many flags and reasons one grade lists.</summary>
public sealed class EssayGraderLimitsTests
{
    [Fact]
    public void Grade_EssayOverTheDefaultLimit_ErrorSayingItsLengthAndTheLimit()
    {
        var essay = new string('a', GraderOptions.DefaultMaxEssayLength - 1) + " word";

        var result = BundledScheme.Grader.Grade(essay);

        Assert.Equal(GradeStatus.Error, result.Status);
        Assert.Equal(0, result.Total);
        Assert.Contains("200,004 characters", result.Error, StringComparison.Ordinal);
        Assert.Contains("limit of 200,000", result.Error, StringComparison.Ordinal);
        Assert.Contains("GraderOptions.MaxEssayLength", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_EssayExactlyAtTheLimit_IsMarked()
    {
        var essay = Essays.Read("balanced-mid");
        var grader = new EssayGrader(BundledScheme.Value, new GraderOptions { MaxEssayLength = essay.Length });

        Assert.Equal(GradeJsonWriter.ToJson(BundledScheme.Grader.Grade(essay)), GradeJsonWriter.ToJson(grader.Grade(essay)));
        Assert.Equal(GradeStatus.Error, grader.Grade(essay + ".").Status);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingEverySetting()
    {
        var options = new GraderOptions { MaxEssayLength = 0, MaxFlags = 1, MaxReasonsPerCriterion = -3 };

        var exception = Assert.Throws<ArgumentException>(() => new EssayGrader(BundledScheme.Value, options));

        Assert.Equal(3, options.Validate().Count);
        Assert.Contains("MaxEssayLength is 0", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MaxFlags is 1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MaxReasonsPerCriterion is -3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_GraderKeepsTheValuesItWasGiven()
    {
        var options = new GraderOptions { MaxEssayLength = 100_000 };
        var grader = new EssayGrader(BundledScheme.Value, options);

        options.MaxEssayLength = 10;

        Assert.NotEqual(GradeStatus.Error, grader.Grade(Essays.Read("balanced-mid")).Status);
    }

    [Fact]
    public void Grade_RepetitiveEssay_ListsAtMostMaxFlagsTheLastCountingTheRestByCode()
    {
        var essay = string.Join("\n\n", Enumerable.Repeat(File.ReadAllText(RepositoryPaths.Seed), 6));
        var scheme = BundledScheme.GraderWithAnotherModelEssay.Scheme;
        var unbounded = new EssayGrader(scheme, new GraderOptions { MaxFlags = 10_000, MaxReasonsPerCriterion = 10_000 }).Grade(essay);
        Assert.True(unbounded.Flags.Count > 8, $"the test needs an essay with more than 8 flags, not {unbounded.Flags.Count}");

        var bounded = new EssayGrader(scheme, new GraderOptions { MaxFlags = 8 }).Grade(essay);

        Assert.Equal(8, bounded.Flags.Count);
        Assert.Equal(unbounded.Flags.Take(7), bounded.Flags.Take(7));
        var more = bounded.Flags[^1];
        Assert.Equal(FlagCodes.MoreFlags, more.Code);
        Assert.Equal(FlagKind.Informational, more.Kind);
        Assert.StartsWith($"{unbounded.Flags.Count - 7} more flags were raised", more.Message, StringComparison.Ordinal);
        foreach (var code in unbounded.Flags.Skip(7).Select(f => f.Code).Distinct())
        {
            Assert.Contains($"{code} ×", more.Message, StringComparison.Ordinal);
        }

        Assert.Equal((unbounded.Status, unbounded.Total), (bounded.Status, bounded.Total));
    }

    [Fact]
    public void Grade_ManyReasons_ListsAtMostMaxReasonsPerCriterionTheLastSayingHowManyMore()
    {
        var essay = string.Join("\n\n", Enumerable.Repeat(File.ReadAllText(RepositoryPaths.Seed), 6));
        var scheme = BundledScheme.GraderWithAnotherModelEssay.Scheme;
        var unbounded = new EssayGrader(scheme, new GraderOptions { MaxReasonsPerCriterion = 10_000 }).Grade(essay);
        var longest = unbounded.Criteria.MaxBy(c => c.Reasons.Count)!;
        Assert.True(longest.Reasons.Count > 5, $"the test needs a criterion with more than 5 reasons, not {longest.Reasons.Count}");

        var bounded = new EssayGrader(scheme, new GraderOptions { MaxReasonsPerCriterion = 5 }).Grade(essay);

        Assert.All(bounded.Criteria, c => Assert.True(c.Reasons.Count <= 5));
        var criterion = bounded.Criterion(longest.Id);
        Assert.Equal(longest.Reasons.Take(4).Select(r => r.Message), criterion.Reasons.Take(4).Select(r => r.Message));
        Assert.Equal(ReasonEffect.Note, criterion.Reasons[^1].Effect);
        Assert.StartsWith($"{longest.Reasons.Count - 4} more reasons are not listed", criterion.Reasons[^1].Message, StringComparison.Ordinal);
        Assert.Equal(unbounded.Criteria.Select(c => c.Mark), bounded.Criteria.Select(c => c.Mark));
    }
}
