using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>Nothing in code belongs to the seed question: a new question needs only its own rubric file.</summary>
public sealed class OtherQuestionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grader-other-question-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private EssayGrader VersaillesGrader()
    {
        var bundled = File.ReadAllText(RepositoryPaths.BundledRubric);
        var criteria = bundled[bundled.IndexOf("\"criteria\"", StringComparison.Ordinal)..];
        var rubric = """
            {
              "id": "versailles-ww2",
              "question": "How far was the Treaty of Versailles responsible for the outbreak of the Second World War?",
              "period": { "from": 1919, "to": 1939 },
              "subject": { "name": "the Treaty of Versailles", "terms": ["Treaty of Versailles", "Versailles", "the treaty", "reparations", "war guilt", "Article 231"] },
              "keyConcept": { "name": "responsible", "terms": ["responsible", "responsibility", "cause", "caused", "blame"] },
              "topicTerms": ["Germany", "Hitler", "Second World War", "appeasement", "League of Nations", "Nazi"],
              "length": { "guideMin": 500, "guideMax": 800, "tooShortBelow": 200 },
            """ + criteria;
        var path = Path.Combine(_directory, "rubric.json");
        File.WriteAllText(path, rubric);
        return new EssayGrader(MarkScheme.Load(path).GetValueOrThrow());
    }

    [Fact]
    public void Grade_EssayOnTheOtherQuestion_MarkedOnItsOwnRubric()
    {
        var grader = VersaillesGrader();

        var result = grader.Grade(Essays.Read("off-topic"));

        Assert.False(grader.Scheme.HasSimilarityModel);
        Assert.False(result.HasFlag(FlagCodes.OffTopic));
        Assert.True(result.Criterion("judgement").Level >= 3, $"judgement level {result.Criterion("judgement").Level}");
        Assert.True(result.Criterion("relevance").Mark >= 2, $"relevance {result.Criterion("relevance").Mark}");
    }

    [Fact]
    public void Grade_SeedQuestionEssayAgainstTheOtherRubric_OffTopic()
    {
        var result = VersaillesGrader().Grade(Essays.Read("strong-agree"));

        Assert.True(result.HasFlag(FlagCodes.OffTopic));
        Assert.Equal(GradeStatus.Review, result.Status);
    }
}
