using Grader.Hosting.Tests.Support;
using Grader.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Grader.Hosting.Tests;

/// <summary>Runs the "Embedding" sample proposed for the README, as written there (only the content root is set, to the repository).</summary>
public sealed class ReadmeSampleTests
{
    [Fact]
    public async Task EmbeddingSample_GenericHost_GradesTheEssay()
    {
        string[] args = [];
        var essayText = File.ReadAllText(RepositoryFiles.SeedEssay);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = RepositoryFiles.Root });

        // --- sample start ---
        builder.Services.AddGrader(builder.Configuration.GetSection("Grader"))
            .AddQuestion("soviet", "data/soviet-union-prc/rubric.json");

        using var host = builder.Build();
        await host.StartAsync(); // loads and checks every question (all problems at once), then warms up

        var questions = host.Services.GetRequiredService<QuestionCatalog>();
        GradeResult result = questions.Get("soviet").Grade(essayText);
        // --- sample end ---

        Assert.Equal(GradeStatus.Review, result.Status);
        Assert.Equal(new EssayGrader(MarkScheme.Load(RepositoryFiles.Rubric).GetValueOrThrow()).Grade(essayText).Total, result.Total);
        await host.StopAsync();
    }
}
