using Grader.Loading;
using Grader.Rubrics;
using Grader.Tests.Loading;

namespace Grader.Tests.Rubrics;

public sealed class AnswerKeyReaderTests
{
    private const string ValidKey = """
        {
          "keyPoints": [ { "id": "treaty", "text": "The 1950 treaty gave China security." } ],
          "timeline": [
            { "id": "treaty-1950", "event": "Treaty signed", "terms": ["treaty"], "year": 1950, "date": "1950-02-14" },
            { "id": "korean-war", "event": "Korean War", "terms": ["Korean War"], "year": 1950, "lastYear": 1953, "otherYears": [1949] }
          ],
          "misconceptions": [
            { "id": "amnesty", "claim": "The war ended with an amnesty", "allOf": [["Korean War"], ["amnesty"]], "noneOf": ["not"], "withYearIn": { "from": 1950, "to": 1954 }, "correction": "It ended with an armistice." }
          ],
          "gazetteer": [ { "name": "Nikita Khrushchev", "kind": "person", "variants": ["Khrushchev"] } ],
          "alternativeFactors": [ { "id": "land-reform", "name": "Land reform", "terms": ["land reform"] } ]
        }
        """;

    private const string ManyProblems = """
        {
          "keyPoints": [
            { "id": "treaty", "text": "The 1950 treaty gave China security." },
            { "id": "treaty", "text": 1950 }
          ],
          "timeline": [
            { "id": "treaty-1950", "event": "Treaty signed", "terms": ["treaty"], "year": 1950, "date": "14/02/1950" },
            { "id": "korean-war", "event": "Korean War", "terms": ["Korean War"], "year": 1953, "lastYear": 1950 },
            { "id": "five-year-plan", "event": "First Five-Year Plan", "terms": "Five-Year Plan", "year": "1953" }
          ],
          "misconceptions": [
            { "id": "amnesty", "claim": "The war ended with an amnesty", "allOf": [["Korean War"], []], "correction": "It ended with an armistice." }
          ],
          "gazetteer": [
            { "name": "Nikita Khrushchev", "kind": "persn" }
          ],
          "alternativeFactor": []
        }
        """;

    [Fact]
    public void Read_ValidKey_ReadsEverySection()
    {
        using var folder = new TempFolder();
        var problems = new List<LoadProblem>();

        var key = AnswerKeyReader.Read(folder.Write("answer-key.json", ValidKey), problems);

        Assert.Empty(problems);
        Assert.NotNull(key);
        Assert.Equal("treaty", Assert.Single(key.KeyPoints).Id);
        Assert.Equal([(1950, 1950), (1950, 1953)], key.Timeline.Select(e => (e.Year, e.LastYear)));
        Assert.Equal([1949], key.Timeline[1].OtherYears);
        Assert.Equal(new YearRange(1950, 1954), Assert.Single(key.Misconceptions).WithYearIn);
        Assert.Equal("person", Assert.Single(key.Gazetteer).Kind);
        Assert.Equal("land-reform", Assert.Single(key.AlternativeFactors).Id);
    }

    [Fact]
    public void Read_KeyWithManyProblems_ReportsEveryOneWithFileLineAndPath()
    {
        using var folder = new TempFolder();
        var file = folder.Write("answer-key.json", ManyProblems);
        var problems = new List<LoadProblem>();

        var key = AnswerKeyReader.Read(file, problems);

        Assert.Null(key);
        int Line(string snippet) => ProblemAssert.LineOf(ManyProblems, snippet);
        ProblemAssert.Has(problems, file, Line("\"text\": 1950"), "$.keyPoints[1].id", "'treaty' is used twice", "unique");
        ProblemAssert.Has(problems, file, Line("\"text\": 1950"), "$.keyPoints[1].text", "non-empty string", "found a number");
        ProblemAssert.Has(problems, file, Line("14/02/1950"), "$.timeline[0].date", "ISO date", "\"1950-02-14\"", "14/02/1950");
        ProblemAssert.Has(problems, file, Line("\"lastYear\": 1950"), "$.timeline[1]", "'lastYear' (1950) is before 'year' (1953)");
        ProblemAssert.Has(problems, file, Line("five-year-plan"), "$.timeline[2].terms", "must be an array", "found a string");
        ProblemAssert.Has(problems, file, Line("five-year-plan"), "$.timeline[2].year", "whole number", "found a string");
        ProblemAssert.Has(problems, file, Line("amnesty"), "$.misconceptions[0].allOf[1]", "non-empty array of alternative phrases");
        ProblemAssert.Has(problems, file, Line("persn"), "$.gazetteer[0].kind", "Unknown kind 'persn'", "person, organisation");
        ProblemAssert.Has(problems, file, Line("alternativeFactor"), "$.alternativeFactor", "Unknown field", "Did you mean 'alternativeFactors'?");
        Assert.Equal(9, problems.Count);
    }

    [Fact]
    public void Read_LastYearBeforeYear_SaysHowToFixIt()
    {
        using var folder = new TempFolder();
        var text = ValidKey.Replace("\"lastYear\": 1953", "\"lastYear\": 1940", StringComparison.Ordinal);
        var file = folder.Write("answer-key.json", text);
        var problems = new List<LoadProblem>();

        AnswerKeyReader.Read(file, problems);

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "korean-war"), "$.timeline[1]", "'lastYear' (1940) is before 'year' (1950)", "remove 'lastYear'");
    }

    [Fact]
    public void Read_TimelineDateOutsideItsOwnYears_IsReported()
    {
        using var folder = new TempFolder();
        var text = ValidKey.Replace("\"date\": \"1950-02-14\"", "\"date\": \"1951-02-14\"", StringComparison.Ordinal);
        var file = folder.Write("answer-key.json", text);
        var problems = new List<LoadProblem>();

        AnswerKeyReader.Read(file, problems);

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "treaty-1950"), "$.timeline[0].date", "'date' (1951-02-14) is not within the event's own years (1950)");
    }

    [Fact]
    public void Read_WithYearInRunningBackwards_IsReported()
    {
        using var folder = new TempFolder();
        var text = ValidKey.Replace("\"from\": 1950, \"to\": 1954", "\"from\": 1954, \"to\": 1950", StringComparison.Ordinal);
        var file = folder.Write("answer-key.json", text);
        var problems = new List<LoadProblem>();

        var key = AnswerKeyReader.Read(file, problems);

        Assert.Null(key);
        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "withYearIn"), "$.misconceptions[0].withYearIn", "backwards", "'from' must not be after 'to'");
    }

    [Theory]
    [InlineData("1950-02-30")]
    [InlineData("1950-2-14")]
    [InlineData("February 1950")]
    public void Read_BadIsoDate_ReportsTheDateWithAnExample(string date)
    {
        using var folder = new TempFolder();
        var text = ValidKey.Replace("1950-02-14", date, StringComparison.Ordinal);
        var file = folder.Write("answer-key.json", text);
        var problems = new List<LoadProblem>();

        AnswerKeyReader.Read(file, problems);

        var problem = Assert.Single(problems);
        Assert.Equal((file, ProblemAssert.LineOf(text, "treaty-1950"), "$.timeline[0].date"), (problem.File, problem.Line, problem.Path));
        Assert.Contains("\"1950-02-14\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IdsRepeatedAcrossSections_AreReportedAsDuplicates()
    {
        using var folder = new TempFolder();
        var text = ValidKey.Replace("\"id\": \"land-reform\"", "\"id\": \"treaty\"", StringComparison.Ordinal);
        var file = folder.Write("answer-key.json", text);
        var problems = new List<LoadProblem>();

        AnswerKeyReader.Read(file, problems);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemAssert.LineOf(text, "alternativeFactors"), "$.alternativeFactors[0].id"), (problem.Line, problem.Path));
        Assert.Contains("used twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherYearsNotYears_ReportsEachItem()
    {
        using var folder = new TempFolder();
        var text = ValidKey.Replace("\"otherYears\": [1949]", "\"otherYears\": [\"1949\", 1949.5]", StringComparison.Ordinal);
        var file = folder.Write("answer-key.json", text);
        var problems = new List<LoadProblem>();

        AnswerKeyReader.Read(file, problems);

        Assert.Equal(["$.timeline[1].otherYears[0]", "$.timeline[1].otherYears[1]"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Contains("a year such as", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SectionOfTheWrongType_SaysItMustBeAnArray()
    {
        using var folder = new TempFolder();
        const string text = "{\n  \"gazetteer\": { \"name\": \"Mao\" }\n}";
        var file = folder.Write("answer-key.json", text);
        var problems = new List<LoadProblem>();

        AnswerKeyReader.Read(file, problems);

        var problem = Assert.Single(problems);
        Assert.Equal((2, "$.gazetteer"), (problem.Line, problem.Path));
        Assert.Contains("must be an array", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidJson_ReportsTheLine()
    {
        using var folder = new TempFolder();
        var text = ValidKey.Replace("\"Treaty signed\",", "\"Treaty signed\"", StringComparison.Ordinal);
        var file = folder.Write("answer-key.json", text);
        var problems = new List<LoadProblem>();

        AnswerKeyReader.Read(file, problems);

        var problem = Assert.Single(problems);
        Assert.Equal((file, ProblemAssert.LineOf(text, "Treaty signed")), (problem.File, problem.Line));
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RubricWithABadAnswerKey_ReportsTheKeyProblemsInTheKeyFile()
    {
        using var folder = new TempFolder();
        var keyFile = folder.Write("answer-key.json", ManyProblems);
        var rubricFile = folder.Write("rubric.json", RubricJson.Minimal("\"answerKey\": \"answer-key.json\","));

        var result = MarkScheme.Load(rubricFile);

        Assert.False(result.Succeeded);
        Assert.Equal(9, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal(keyFile, p.File));
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(keyFile + ":" + ProblemAssert.LineOf(ManyProblems, "persn") + ": $.gazetteer[0].kind: Unknown kind", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RubricWithAValidAnswerKey_UsesIt()
    {
        using var folder = new TempFolder();
        folder.Write("answer-key.json", ValidKey);
        var rubricFile = folder.Write("rubric.json", RubricJson.Minimal("\"answerKey\": \"answer-key.json\","));

        var scheme = MarkSchemeTrainer.LoadOrTrain(rubricFile).GetValueOrThrow();

        Assert.Equal(2, scheme.AnswerKey.Timeline.Count);
        Assert.Equal(folder.Combine("answer-key.json"), scheme.Rubric.Files.AnswerKey);
    }

    [Fact]
    public void Load_BrokenRubricAndBrokenAnswerKey_ReportsBothTogether()
    {
        using var folder = new TempFolder();
        var keyFile = folder.Write("answer-key.json", ManyProblems);
        var rubricFile = folder.Write("rubric.json", RubricJson.Minimal("\"answerKey\": \"answer-key.json\", \"colour\": 1,"));

        var result = MarkScheme.Load(rubricFile);

        Assert.Contains(result.Problems, p => p.File == rubricFile && p.Message.Contains("colour", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.File == keyFile);
    }
}
