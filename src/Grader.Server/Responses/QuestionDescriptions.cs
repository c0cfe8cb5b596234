using Grader.Hosting;

namespace Grader.Server;

/// <summary>Describes the served questions from their rubrics (the service's only reading of the library's rubric types).</summary>
internal static class QuestionDescriptions
{
    public static QuestionSummary Summary(GradedQuestion question, QuestionCatalog catalog)
    {
        var rubric = question.Scheme.Rubric;
        return new(question.Name, rubric.Id, rubric.Title, rubric.Question, rubric.MaxMark, ReferenceEquals(catalog.Default, question));
    }

    public static QuestionDetail Detail(GradedQuestion question, QuestionCatalog catalog)
    {
        var rubric = question.Scheme.Rubric;
        return new(
            question.Name,
            rubric.Id,
            rubric.Title,
            rubric.Question,
            rubric.MaxMark,
            ReferenceEquals(catalog.Default, question),
            question.MaxEssayLength,
            new GuideLength(rubric.Length.GuideMin, rubric.Length.GuideMax),
            rubric.Criteria
                .Select(c => new CriterionSummary(c.Id, c.Name, c.Section, c.Max, c.Levels.Select(l => new LevelSummary(l.Level, l.Name, l.MinMark, l.MaxMark, l.Descriptor)).ToArray()))
                .ToArray(),
            rubric.Bands.Select(b => new BandSummary(b.Name, b.MinMark)).ToArray());
    }
}
