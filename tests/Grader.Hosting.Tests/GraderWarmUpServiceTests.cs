using Grader.Hosting.Core;
using Grader.Hosting.Tests.Support;
using Grader.Rubrics;
using Grader.Scoring;

namespace Grader.Hosting.Tests;

public sealed class GraderWarmUpServiceTests
{
    private static readonly Lazy<MarkScheme> Bundled = new(() => MarkScheme.Load(RepositoryFiles.Rubric).GetValueOrThrow());

    [Fact]
    public async Task StartAsync_WarmUpOn_GradesEachQuestionsSamplesTheRoundsAskedBeforeStarting()
    {
        using var folder = new QuestionFolder();
        var logs = new CapturingLoggerProvider();
        using var host = TestHost.Build(
            new Dictionary<string, string?>
            {
                [TestHost.Question("soviet", "data/soviet-union-prc/rubric.json").Key] = "data/soviet-union-prc/rubric.json",
                [TestHost.Question("copy", folder.Rubric).Key] = folder.Rubric,
                ["Grader:WarmUp:Rounds"] = "2",
            },
            logs);

        await host.StartAsync();

        var warmed = logs.Grader(5).Select(e => e.Message).ToList();
        Assert.Equal(2, warmed.Count);
        Assert.StartsWith("Warmed up question 'copy': 2 round(s) of 2 sample(s), ", warmed[0], StringComparison.Ordinal);
        Assert.StartsWith("Warmed up question 'soviet': 2 round(s) of 2 sample(s), ", warmed[1], StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("false", "3")]
    [InlineData("true", "0")]
    public async Task StartAsync_WarmUpOffOrNoRounds_GradesNothing(string enabled, string rounds)
    {
        var logs = new CapturingLoggerProvider();
        using var host = TestHost.Build(
            new Dictionary<string, string?>
            {
                [TestHost.Question("soviet", "data/soviet-union-prc/rubric.json").Key] = "data/soviet-union-prc/rubric.json",
                ["Grader:WarmUp:Enabled"] = enabled,
                ["Grader:WarmUp:Rounds"] = rounds,
            },
            logs);

        await host.StartAsync();

        Assert.Empty(logs.Grader(5));
        await host.StopAsync();
    }

    [Fact]
    public void WarmUpSamples_QuestionWithKeyPoints_FirstIsAnAnswerMarkedWholeByEveryCriterion()
    {
        var scheme = Bundled.Value;

        var answer = GraderCore.WarmUpSamples(scheme)[0];
        var result = new EssayGrader(scheme).Grade(answer);

        // The whole marking path runs on it: nothing screened out, every criterion earns marks from what it found.
        Assert.StartsWith(scheme.Rubric.Question, answer, StringComparison.Ordinal);
        Assert.All(scheme.AnswerKey.KeyPoints, point => Assert.Contains(point.Text, answer, StringComparison.Ordinal));
        Assert.Equal(GradeStatus.Ok, result.Status);
        Assert.Empty(result.Unmarked);
        Assert.True(result.Statistics.Words > scheme.Rubric.Length.GuideMin, $"{result.Statistics.Words} words");
        Assert.All(result.Criteria, criterion => Assert.True(criterion.Mark > 0, $"{criterion.Id} earned nothing"));
        Assert.Contains(result.KeyPoints, point => point.Coverage > 0.5);
    }

    [Fact]
    public void WarmUpSamples_QuestionWithAModelEssay_SecondIsTheModelEssayScreenedOutAsACopy()
    {
        var scheme = Bundled.Value;

        var samples = GraderCore.WarmUpSamples(scheme);
        var result = new EssayGrader(scheme).Grade(samples[1]);

        Assert.Equal(2, samples.Count);
        Assert.Equal(scheme.ModelEssay, samples[1]);
        Assert.NotEmpty(result.Unmarked);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public void WarmUpSamples_QuestionWithoutAnswerKeyOrModelEssay_IsTheQuestionAndEveryDescriptor()
    {
        var rubric = Bundled.Value.Rubric;
        var scheme = MarkScheme.Create(rubric with { Files = rubric.Files with { AnswerKey = null, ModelEssay = null, Exemplars = [] } }, AnswerKey.Empty);

        var sample = Assert.Single(GraderCore.WarmUpSamples(scheme));

        Assert.StartsWith(rubric.Question, sample, StringComparison.Ordinal);
        Assert.All(rubric.Criteria.SelectMany(c => c.Levels), level => Assert.Contains(level.Descriptor, sample, StringComparison.Ordinal));
        Assert.NotEqual(GradeStatus.Error, new EssayGrader(scheme).Grade(sample).Status);
    }
}
