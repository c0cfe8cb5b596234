using Grader.Hosting.Tests.Support;
using Grader.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Grader.Hosting.Tests;

/// <summary>Runs README's hosting sample (only the content root is set, to the repository); README must hold it word for word.</summary>
public sealed class ReadmeSampleTests
{
    [Fact]
    public async Task EmbeddingSample_GenericHost_GradesTheEssay()
    {
        string[] args = [];
        var essayText = File.ReadAllText(RepositoryFiles.SeedEssay);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = RepositoryFiles.Root });

        // begin-sample hosting
        builder.Services.AddGrader(builder.Configuration.GetSection("Grader"))
            .AddQuestion("soviet", "data/soviet-union-prc/rubric.json");

        using var host = builder.Build();
        await host.StartAsync(); // loads and checks every question (all problems at once), then warms up

        var questions = host.Services.GetRequiredService<QuestionCatalog>();
        GradeResult result = questions.Get("soviet").Grade(essayText);
        // end-sample

        Assert.Equal(GradeStatus.Review, result.Status);
        Assert.Equal(new EssayGrader(MarkScheme.Load(RepositoryFiles.Rubric).GetValueOrThrow()).Grade(essayText).Total, result.Total);
        await host.StopAsync();
        Assert.Contains(SampleLines("hosting"), File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")), StringComparison.Ordinal);
    }

    private static string SampleLines(string name)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "tests", "Grader.Hosting.Tests", "ReadmeSampleTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// begin-sample " + name) + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end-sample");
        var indent = source[start].Length - source[start].TrimStart().Length;
        return string.Join("\n", source[start..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
