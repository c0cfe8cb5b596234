using Grader.Rubrics;
using Grader.Tests.Support;

namespace Grader.Tests;

public sealed class MarkSchemeTests
{
    [Fact]
    public void Create_InMemoryFromTheBundledParts_GradesLikeTheLoadedScheme()
    {
        var loaded = BundledScheme.Value;

        var created = MarkScheme.Create(loaded.Rubric, loaded.AnswerKey, loaded.ModelEssay);

        Assert.True(created.HasSimilarityModel);
        var essay = Essays.Read("balanced-mid");
        Assert.Equal(
            Grader.Reporting.GradeJsonWriter.ToJson(BundledScheme.Grader.Grade(essay)),
            Grader.Reporting.GradeJsonWriter.ToJson(new EssayGrader(created).Grade(essay)));
    }

    [Fact]
    public void Create_LevelsLeavingAGap_Throws()
    {
        var rubric = BundledScheme.Value.Rubric;
        var broken = rubric with
        {
            Criteria = [rubric.Criteria[0] with { Levels = rubric.Criteria[0].Levels.Where(l => l.Level != 3).ToArray() }],
        };

        var exception = Assert.Throws<ArgumentException>(() => MarkScheme.Create(broken, AnswerKey.Empty));

        Assert.Contains("every mark from 0 to 7", exception.Message, StringComparison.Ordinal);
    }
}
