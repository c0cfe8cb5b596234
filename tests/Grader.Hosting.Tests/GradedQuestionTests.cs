using Grader.Hosting.Tests.Support;
using Grader.Reporting;
using Grader.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Hosting.Tests;

public sealed class GradedQuestionTests
{
    [Fact]
    public void Grade_EssayOverTheLimit_IsTheLibrarysErrorGradeSayingWhy()
    {
        var question = Question(grading => grading.MaxEssayLength = 100);

        var result = question.Grade(new string('a', 101));

        Assert.Equal(GradeStatus.Error, result.Status);
        Assert.Equal(30, result.Max);
        Assert.Empty(result.Criteria);
        Assert.Equal(new EssayGrader(question.Scheme, new GraderOptions { MaxEssayLength = 100 }).Grade(new string('a', 101)).Error, result.Error);
        Assert.Contains("101 characters long, over the limit of 100", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_EssayAtTheLimit_IsGradedLikeTheLibrary()
    {
        var essay = File.ReadAllText(RepositoryFiles.HonestEssay);
        var question = Question(grading => grading.MaxEssayLength = essay.Length);

        var result = question.Grade(essay);

        Assert.Equal(essay.Length, question.MaxEssayLength);
        Assert.NotEqual(GradeStatus.Error, result.Status);
        Assert.Equal(GradeJsonWriter.ToJson(new EssayGrader(question.Scheme).Grade(essay)), GradeJsonWriter.ToJson(result));
    }

    [Fact]
    public void Grade_EmptyEssay_IsTheLibrarysErrorGrade()
    {
        var result = Question(grading => grading.MaxEssayLength = 100).Grade("   ");

        Assert.Equal(GradeStatus.Error, result.Status);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_MaxReasonsPerCriterionConfigured_CapsEveryCriterionsReasons()
    {
        var essay = File.ReadAllText(RepositoryFiles.HonestEssay);
        var unlimited = Question(_ => { }).Grade(essay);
        Assert.Contains(unlimited.Criteria, c => c.Reasons.Count > 2);

        var capped = Question(grading => grading.MaxReasonsPerCriterion = 2).Grade(essay);

        Assert.All(capped.Criteria, c => Assert.InRange(c.Reasons.Count, 0, 2));
        Assert.Equal(unlimited.Total, capped.Total);
    }

    private static GradedQuestion Question(Action<GraderOptions> grading)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGrader().AddQuestion("soviet", RepositoryFiles.Rubric).ConfigureGrading(grading);
        return services.BuildServiceProvider().GetRequiredService<QuestionCatalog>().Get("soviet");
    }
}
