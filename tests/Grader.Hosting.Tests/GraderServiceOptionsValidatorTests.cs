using Grader.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grader.Hosting.Tests;

public sealed class GraderServiceOptionsValidatorTests
{
    [Fact]
    public async Task StartAsync_SeveralProblems_FailsWithEveryProblemTogether()
    {
        using var broken = new QuestionFolder(rubric => ReplaceFirst(rubric, "\"max\": 7,", "\"max\": -7,"));
        using var untrained = new QuestionFolder();
        File.Delete(untrained.SimilarityModel);
        using var host = TestHost.Build(new Dictionary<string, string?>
        {
            [TestHost.Question("good", "data/soviet-union-prc/rubric.json").Key] = "data/soviet-union-prc/rubric.json",
            [TestHost.Question("broken", broken.Rubric).Key] = broken.Rubric,
            [TestHost.Question("untrained", untrained.Rubric).Key] = untrained.Rubric,
            [TestHost.Question("missing", "no/such/rubric.json").Key] = "no/such/rubric.json",
            [TestHost.Question("bad name!", broken.Rubric).Key] = broken.Rubric,
            ["Grader:MaxEssayLength"] = "0",
            ["Grader:MaxFlags"] = "1",
            ["Grader:MaxReasonsPerCriterion"] = "-3",
            ["Grader:DefaultQuestion"] = "french",
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failures = exception.Failures.ToList();
        Assert.Contains(failures, f => f.StartsWith($"Question 'broken' (folder {broken.Path}): {broken.Rubric}:114: $.criteria[0].max:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith($"Question 'untrained' (folder {untrained.Path}): {untrained.SimilarityModel}: ", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Question 'missing': there is no rubric at " + Path.Combine(RepositoryFiles.Root, "no", "such", "rubric.json"), StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("'bad name!' is not usable", StringComparison.Ordinal));
        Assert.Contains("MaxEssayLength is 0: it must be at least 1.", failures);
        Assert.Contains("MaxFlags is 1: it must be at least 2.", failures);
        Assert.Contains("MaxReasonsPerCriterion is -3: it must be at least 2.", failures);
        Assert.Contains(failures, f => f.StartsWith("DefaultQuestion is 'french'", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("'good'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_NoSavedSimilarityModel_FailsNamingTheFileAndGraderTrain()
    {
        using var folder = new QuestionFolder();
        File.Delete(folder.SimilarityModel);
        var logs = new CapturingLoggerProvider();
        using var host = TestHost.Build(new Dictionary<string, string?> { [TestHost.Question("soviet", folder.Rubric).Key] = folder.Rubric }, logs);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(exception.Failures);
        Assert.StartsWith($"Question 'soviet' (folder {folder.Path}): {folder.SimilarityModel}: ", failure, StringComparison.Ordinal);
        Assert.Contains("grader train", failure, StringComparison.Ordinal);
        Assert.Contains(logs.Grader(4), e => e.Level == LogLevel.Error && e.Message.Contains(folder.SimilarityModel, StringComparison.Ordinal));
        Assert.Empty(logs.Grader(1));
    }

    [Fact]
    public async Task StartAsync_SimilarityModelSavedForAnotherModelEssay_FailsSayingItIsStale()
    {
        using var folder = new QuestionFolder();
        File.AppendAllText(folder.ModelEssay, "\n\nA paragraph added after the model was trained changes what it should have been trained on.");
        using var host = TestHost.Build(new Dictionary<string, string?> { [TestHost.Question("soviet", folder.Rubric).Key] = folder.Rubric });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(exception.Failures);
        Assert.StartsWith($"Question 'soviet' (folder {folder.Path}): {folder.SimilarityModel}: ", failure, StringComparison.Ordinal);
        Assert.Contains("trained on other inputs", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NoQuestion_FailsSayingHowToAddOne()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>());

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AddQuestion", Assert.Single(exception.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_QuestionWithoutRubric_FailsNamingTheSetting()
    {
        using var host = TestHost.Build(new Dictionary<string, string?> { ["Grader:Questions:soviet:Rubric"] = " " });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Questions:soviet:Rubric", Assert.Single(exception.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void GetCatalog_WithoutHostStart_ThrowsTheSameValidationFailures()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGrader().AddQuestion("missing", "/no/such/rubric.json");
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<QuestionCatalog>());

        Assert.Contains("there is no rubric at /no/such/rubric.json", Assert.Single(exception.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_BrokenRubric_LogsEachProblemAsAnErrorWithItsLocation()
    {
        using var broken = new QuestionFolder(rubric => ReplaceFirst(rubric, "\"max\": 7,", "\"max\": -7,"));
        var logs = new CapturingLoggerProvider();
        using var host = TestHost.Build(new Dictionary<string, string?> { [TestHost.Question("broken", broken.Rubric).Key] = broken.Rubric }, logs);

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(logs.Grader(3), e => e.Level == LogLevel.Error && e.Message.Contains("'broken'", StringComparison.Ordinal));
        Assert.Contains(logs.Grader(4), e => e.Level == LogLevel.Error && e.Message.Contains($"{broken.Rubric}:114: $.criteria[0].max:", StringComparison.Ordinal));
    }

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var at = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldValue}' is not in the rubric");
        return string.Concat(text.AsSpan(0, at), newValue, text.AsSpan(at + oldValue.Length));
    }
}
