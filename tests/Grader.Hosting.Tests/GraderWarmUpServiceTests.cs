using Grader.Hosting.Tests.Support;

namespace Grader.Hosting.Tests;

public sealed class GraderWarmUpServiceTests
{
    [Fact]
    public async Task StartAsync_WarmUpOn_GradesEachQuestionsSampleTheRoundsAskedBeforeStarting()
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
        Assert.StartsWith("Warmed up question 'copy': 2 grades of a ", warmed[0], StringComparison.Ordinal);
        Assert.StartsWith("Warmed up question 'soviet': 2 grades of a ", warmed[1], StringComparison.Ordinal);
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
}
