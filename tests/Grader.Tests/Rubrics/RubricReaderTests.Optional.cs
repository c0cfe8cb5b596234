using Grader.Rubrics;
using Grader.Tests.Loading;

namespace Grader.Tests.Rubrics;

/// <summary>Questions without a period or a subject list, and the response type: what loads, and what is a located problem.</summary>
public sealed partial class RubricReaderTests
{
    private const string ScienceQuestion = """
        {
          "id": "osmosis",
          "question": "Explain why a plant cell placed in pure water does not burst.",
          {{extra}}
          "length": { "guideMin": 20, "guideMax": 80, "tooShortBelow": 8 },
          "criteria": [
            {
              "id": "content",
              "max": 3,
              "signals": [ {{signals}} ],
              "levels": [
                { "level": 0, "minMark": 0, "maxMark": 0, "descriptor": "Nothing creditable." },
                { "level": 1, "minMark": 1, "maxMark": 3, "descriptor": "Creditable points." }
              ]
            }
          ]
        }
        """;

    private static string Science(string signals = """{ "signal": "analysis.explanation", "weight": 1 }""", string extra = "") =>
        ScienceQuestion.Replace("{{extra}}", extra, StringComparison.Ordinal).Replace("{{signals}}", signals, StringComparison.Ordinal);

    [Fact]
    public void Load_NoPeriodAndNoSubject_LoadsWithNeither()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rubric.json", Science());

        var rubric = MarkScheme.Load(file).GetValueOrThrow().Rubric;

        Assert.Null(rubric.Period);
        Assert.Null(rubric.Subject);
        Assert.Equal(ResponseType.Essay, rubric.ResponseType);
    }

    [Theory]
    [InlineData("evidence.period")]
    [InlineData("relevance.period")]
    public void Load_NoPeriodButAPeriodSignalWeighed_ProblemAtTheSignalSayingToAddAPeriod(string signal)
    {
        using var folder = new TempFolder();
        var text = Science($$"""{ "signal": "{{signal}}", "weight": 1 }""");
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, signal), "$.criteria[0].signals[0].signal", signal, "no 'period'", "add one");
    }

    [Fact]
    public void Load_NoPeriodButAPeriodSignalInACap_ProblemAtTheCondition()
    {
        using var folder = new TempFolder();
        var text = Science().Replace(
            "\"levels\": [",
            "\"caps\": [ { \"maxLevel\": 0, \"reason\": \"r\", \"when\": [ { \"signal\": \"evidence.period\", \"below\": 0.5 } ] } ],\n      \"levels\": [",
            StringComparison.Ordinal);
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "evidence.period"), "$.criteria[0].caps[0].when[0].signal", "no 'period'");
    }

    [Fact]
    public void Load_PeriodGivenAndAPeriodSignalWeighed_Loads()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rubric.json", Science("""{ "signal": "evidence.period", "weight": 1 }""", "\"period\": { \"from\": 1900, \"to\": 1950 },"));

        var rubric = MarkScheme.Load(file).GetValueOrThrow().Rubric;

        Assert.Equal(new YearRange(1900, 1950), rubric.Period);
    }

    [Theory]
    [InlineData("\"essay\"", ResponseType.Essay)]
    [InlineData("\"short-answer\"", ResponseType.ShortAnswer)]
    public void Load_ResponseType_ReadAsGiven(string value, ResponseType expected)
    {
        using var folder = new TempFolder();
        var file = folder.Write("rubric.json", Science(extra: $"\"responseType\": {value},"));

        Assert.Equal(expected, MarkScheme.Load(file).GetValueOrThrow().Rubric.ResponseType);
    }

    [Theory]
    [InlineData("\"short answer\"")]
    [InlineData("\"Essay\"")]
    [InlineData("3")]
    public void Load_ResponseTypeUnknown_ProblemAtTheField(string value)
    {
        using var folder = new TempFolder();
        var text = Science(extra: $"\"responseType\": {value},");
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemAssert.LineOf(text, "responseType"), problem.Line);
        Assert.Equal("$.responseType", problem.Path);
        if (value.StartsWith('"'))
        {
            Assert.Contains("\"essay\"", problem.Message, StringComparison.Ordinal);
            Assert.Contains("\"short-answer\"", problem.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("judgement.thesis")]
    [InlineData("structure.roles")]
    [InlineData("structure.peel")]
    [InlineData("balance.counter")]
    [InlineData("analysis.paragraphs")]
    public void Load_ShortAnswerWeighingAnEssayShapeSignal_ProblemAtTheSignal(string signal)
    {
        using var folder = new TempFolder();
        var text = Science($$"""{ "signal": "{{signal}}", "weight": 1 }""", "\"responseType\": \"short-answer\",");
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, signal), "$.criteria[0].signals[0].signal", signal, "short answer", "responseType");
    }

    [Fact]
    public void Create_RubricInCodeWithoutAPeriodWeighingAPeriodSignal_ThrowsNamingTheCriterion()
    {
        using var folder = new TempFolder();
        var rubric = MarkScheme.Load(folder.Write("rubric.json", Science())).GetValueOrThrow().Rubric;
        var criterion = rubric.Criteria[0] with { Signals = [new SignalWeight("relevance.period", 1)] };

        var error = Assert.Throws<ArgumentException>(() => MarkScheme.Create(rubric with { Criteria = [criterion] }, AnswerKey.Empty));

        Assert.Contains("criterion 'content'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no 'period'", error.Message, StringComparison.Ordinal);
    }
}
