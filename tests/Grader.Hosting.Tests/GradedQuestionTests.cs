using Grader.Hosting.Tests.Support;
using Grader.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Hosting.Tests;

public sealed class GradedQuestionTests
{
    [Fact]
    public void Grade_EssayOverTheLimit_IsAnErrorGradeSayingWhy()
    {
        var question = Question(maxEssayLength: 100);

        var result = question.Grade(new string('a', 101));

        Assert.Equal(GradeStatus.Error, result.Status);
        Assert.Equal(30, result.Max);
        Assert.Empty(result.Criteria);
        Assert.Contains("101 characters long, over the limit of 100", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_EssayAtTheLimit_IsGraded()
    {
        var essay = File.ReadAllText(RepositoryFiles.SeedEssay);
        var question = Question(maxEssayLength: essay.Length);

        var result = question.Grade(essay);

        Assert.NotEqual(GradeStatus.Error, result.Status);
        Assert.Equal(question.Grader.Grade(essay).Total, result.Total);
    }

    [Fact]
    public void Grade_EmptyEssay_IsTheLibrarysErrorGrade()
    {
        var result = Question(maxEssayLength: 100).Grade("   ");

        Assert.Equal(GradeStatus.Error, result.Status);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    private static GradedQuestion Question(int maxEssayLength)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGrader(options => options.MaxEssayLength = maxEssayLength).AddQuestion("soviet", RepositoryFiles.Rubric);
        return services.BuildServiceProvider().GetRequiredService<QuestionCatalog>().Get("soviet");
    }
}
