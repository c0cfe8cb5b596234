using Grader.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grader.Hosting.Tests;

public sealed class QuestionLoaderTests
{
    [Fact]
    public async Task StartAsync_TwoQuestionsOnOneRubric_LoadsAndLogsItOnce()
    {
        var logs = new CapturingLoggerProvider();
        using var host = TestHost.Build(
            new Dictionary<string, string?>
            {
                [TestHost.Question("a", "data/soviet-union-prc/rubric.json").Key] = "data/soviet-union-prc/rubric.json",
                [TestHost.Question("b", RepositoryFiles.Rubric).Key] = RepositoryFiles.Rubric,
            },
            logs);

        await host.StartAsync();
        var catalog = host.Services.GetRequiredService<QuestionCatalog>();

        var loaded = Assert.Single(logs.Grader(1));
        Assert.Equal(LogLevel.Information, loaded.Level);
        Assert.Contains(RepositoryFiles.Rubric, loaded.Message, StringComparison.Ordinal);
        Assert.Same(catalog.Get("a").Scheme, catalog.Get("b").Scheme);
        await host.StopAsync();
    }
}
