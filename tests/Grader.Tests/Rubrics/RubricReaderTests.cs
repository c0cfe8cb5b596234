using Grader.Loading;
using Grader.Tests.Loading;

namespace Grader.Tests.Rubrics;

public sealed partial class RubricReaderTests
{
    private const string ManyProblems = """
        {
          "id": "mini",
          "title": 5,
          "qestion": "How far was the Soviet Union crucial?",
          "period": { "from": 1960, "to": 1950 },
          "subject": { "name": "the Soviet Union", "terms": ["USSR"] },
          "length": { "guideMin": 700, "guideMax": 600, "tooShortBelow": 250 },
          "bands": [
            { "name": "Low", "minMark": 2 },
            { "name": "High", "minMark": 5 }
          ],
          "criteria": [
            {
              "id": "judgement",
              "max": 4,
              "signals": [ { "signal": "judgement.thesys", "weight": 1 } ],
              "levels": [
                { "level": 0, "minMark": 0, "maxMark": 0, "descriptor": "None." },
                { "level": 1, "minMark": 2, "maxMark": 3, "descriptor": "Some." }
              ],
              "caps": [
                { "maxLevel": 7, "reason": "No thesis", "when": [ { "signal": "judgement.thesis", "below": 0.5 } ] }
              ]
            },
            {
              "id": "judgement",
              "max": 2,
              "signals": [ { "signal": "evidence.density", "weight": "heavy" } ],
              "levels": [
                { "level": 0, "minMark": 0, "maxMark": 1, "descriptor": "Thin." },
                { "level": 1, "minMark": 1, "maxMark": 2, "descriptor": "Good." }
              ]
            },
            {
              "id": "Structure",
              "max": 1,
              "signals": [ { "signal": "structure.roles", "weight": 1 } ],
              "levels": [
                { "level": 0, "minMark": 0, "maxMark": 0, "descriptor": "None." },
                { "level": 1, "minMark": 1, "maxMark": 1, "descriptor": "Clear." }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Load_MinimalRubric_SucceedsWithNoProblems()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rubric.json", RubricJson.Minimal());

        var result = MarkScheme.Load(path);

        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
        Assert.Equal(4, result.Value!.Rubric.MaxMark);
        Assert.Equal("mini", result.Value.Rubric.Title);
    }

    [Fact]
    public void Load_RubricWithManyProblems_ReportsEveryOneWithItsLineAndPath()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rubric.json", ManyProblems);

        var result = MarkScheme.Load(file);

        Assert.False(result.Succeeded);
        var p = result.Problems;
        int Line(string snippet, int occurrence = 1) => ProblemAssert.LineOf(ManyProblems, snippet, occurrence);

        ProblemAssert.Has(p, file, Line("\"title\""), "$.title", "non-empty string", "number");
        ProblemAssert.Has(p, file, Line("\"qestion\""), "$.qestion", "Unknown field", "Did you mean 'question'");
        ProblemAssert.Has(p, file, 1, "$.question", "Missing 'question'", "add");
        ProblemAssert.Has(p, file, Line("\"period\""), "$.period", "backwards", "'from' must not be after 'to'");
        ProblemAssert.Has(p, file, Line("\"guideMin\""), "$.length", "'guideMin' (700) is above 'guideMax' (600)", "swap");
        ProblemAssert.Has(p, file, Line("judgement.thesys"), "$.criteria[0].signals[0].signal", "Unknown signal 'judgement.thesys'", "judgement.thesis");
        ProblemAssert.Has(p, file, Line("\"levels\"", 1), "$.criteria[0].levels", "marks 1–1 without a level", "every mark from 0 to 4");
        ProblemAssert.Has(p, file, Line("\"levels\"", 1), "$.criteria[0].levels", "top level ends at 3", "'max' is 4", "reach the maximum");
        ProblemAssert.Has(p, file, Line("\"maxLevel\": 7"), "$.criteria[0].caps[0].maxLevel", "'maxLevel' 7", "not one of this criterion's levels", "0, 1");
        ProblemAssert.Has(p, file, Line("\"id\": \"judgement\"", 2), "$.criteria[1].id", "'judgement' is used twice", "unique");
        ProblemAssert.Has(p, file, Line("\"heavy\""), "$.criteria[1].signals[0].weight", "must be a number", "found a string");
        ProblemAssert.Has(p, file, Line("\"levels\"", 2), "$.criteria[1].levels", "overlaps", "exactly one level");
        ProblemAssert.Has(p, file, Line("\"Structure\""), "$.criteria[2].id", "'Structure'", "lower-case");
        ProblemAssert.Has(p, file, Line("\"High\""), "$.bands[1]", "highest to the lowest", "5 is not below 2");
        ProblemAssert.Has(p, file, Line("\"bands\""), "$.bands", "lowest band must start at 0", "starts at 5");
        Assert.Equal(15, p.Count);
    }
}
