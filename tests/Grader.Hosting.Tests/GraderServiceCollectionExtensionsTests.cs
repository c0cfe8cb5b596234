using Grader.Hosting.Tests.Support;
using Grader.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Grader.Hosting.Tests;

public sealed class GraderServiceCollectionExtensionsTests
{
    private const string BundledRubric = "data/soviet-union-prc/rubric.json";

    [Fact]
    public async Task AddGrader_QuestionBoundFromConfiguration_GradesLikeTheLibrary()
    {
        using var host = TestHost.Build(new Dictionary<string, string?> { [TestHost.Question("soviet", BundledRubric).Key] = BundledRubric });
        await host.StartAsync();

        var catalog = host.Services.GetRequiredService<QuestionCatalog>();
        var essay = File.ReadAllText(RepositoryFiles.HonestEssay);
        var expected = new EssayGrader(MarkScheme.Load(RepositoryFiles.Rubric).GetValueOrThrow()).Grade(essay);

        var question = Assert.Single(catalog.Questions);
        Assert.Equal("soviet", question.Name);
        Assert.Equal(RepositoryFiles.Rubric, question.RubricPath);
        Assert.Equal(GradeJsonWriter.ToJson(expected), GradeJsonWriter.ToJson(question.Grade(essay)));
        await host.StopAsync();
    }

    [Fact]
    public void AddGrader_SettingsBoundFromConfiguration_ReachTheOptions()
    {
        using var host = TestHost.Build(new Dictionary<string, string?>
        {
            [TestHost.Question("a", BundledRubric).Key] = BundledRubric,
            [TestHost.Question("b", BundledRubric).Key] = BundledRubric,
            ["Grader:DefaultQuestion"] = "B",
            ["Grader:MaxEssayLength"] = "1234",
            ["Grader:MaxFlags"] = "7",
            ["Grader:MaxReasonsPerCriterion"] = "5",
            ["Grader:WarmUp:Rounds"] = "0",
        });

        var catalog = host.Services.GetRequiredService<QuestionCatalog>();
        var grading = host.Services.GetRequiredService<IOptions<GraderOptions>>().Value;

        Assert.Equal(["a", "b"], catalog.Questions.Select(q => q.Name));
        Assert.Equal("b", catalog.Default?.Name);
        Assert.All(catalog.Questions, q => Assert.Equal(1234, q.MaxEssayLength));
        Assert.Equal((1234, 7, 5), (grading.MaxEssayLength, grading.MaxFlags, grading.MaxReasonsPerCriterion));
        Assert.Equal(0, host.Services.GetRequiredService<IOptions<GraderServiceOptions>>().Value.WarmUp.Rounds);
    }

    [Fact]
    public void ConfigureGrading_InCode_AppliesAfterConfiguration()
    {
        using var host = TestHost.Build(
            new Dictionary<string, string?> { [TestHost.Question("soviet", BundledRubric).Key] = BundledRubric, ["Grader:MaxEssayLength"] = "1234" },
            configure: (services, configuration) => services.AddGrader(configuration).ConfigureGrading(grading => grading.MaxEssayLength *= 2));

        Assert.Equal(2468, host.Services.GetRequiredService<QuestionCatalog>().Get("soviet").MaxEssayLength);
    }

    [Fact]
    public void AddQuestion_TwoQuestionsInCode_EachResolvesByNameIgnoringCaseAndAsAKeyedService()
    {
        using var folder = new QuestionFolder();
        var services = new ServiceCollection().AddLogging();
        services.AddGrader().AddQuestion("soviet", RepositoryFiles.Rubric).AddQuestion("copy", folder.Rubric);
        using var provider = services.BuildServiceProvider();

        var catalog = provider.GetRequiredService<QuestionCatalog>();

        Assert.Null(catalog.Default);
        Assert.Equal(folder.Rubric, catalog.Get("COPY").RubricPath);
        Assert.True(catalog.TryGet("Soviet", out var soviet));
        Assert.Same(soviet, provider.GetRequiredKeyedService<GradedQuestion>("soviet"));
        Assert.Same(catalog.Get("copy"), provider.GetRequiredKeyedService<GradedQuestion>("copy"));
    }

    [Fact]
    public void Get_UnknownQuestion_ThrowsNamingTheQuestionsThereAre()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGrader(options => options.Questions["soviet"] = new GraderQuestionOptions { Rubric = RepositoryFiles.Rubric });
        using var provider = services.BuildServiceProvider();
        var catalog = provider.GetRequiredService<QuestionCatalog>();

        var exception = Assert.Throws<KeyNotFoundException>(() => catalog.Get("french"));

        Assert.Contains("'french'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("soviet", exception.Message, StringComparison.Ordinal);
        Assert.False(catalog.TryGet("french", out _));
        Assert.Equal("soviet", catalog.Default?.Name);
    }

    [Fact]
    public void AddGrader_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();
        services.AddGrader();
        services.AddGrader();

        Assert.Single(services, d => d.ServiceType == typeof(QuestionCatalog));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<GraderServiceOptions>));
    }
}
