using Grader.Loading;
using Grader.Rubrics;
using Grader.Tests.Loading;

namespace Grader.Tests.Rubrics;

public sealed partial class RubricReaderTests
{
    public static TheoryData<string, string[], string[]> BadLevelTables => new()
    {
        // name, levels as (level, min, max), key words of the problem
        { "gap", ["0,0,0", "1,2,4"], ["marks 1–1 without a level", "every mark from 0 to 4"] },
        { "overlap", ["0,0,2", "1,2,4"], ["overlaps the level below", "exactly one level"] },
        { "short of max", ["0,0,1", "1,2,3"], ["top level ends at 3", "must reach the maximum"] },
        { "lowest not at 0", ["1,1,2", "2,3,4"], ["marks 0–0 without a level"] },
        { "numbers out of order", ["1,0,1", "0,2,4"], ["Level numbers must rise", "level 0 (2–4) is not above level 1"] },
        { "min above max", ["0,0,1", "1,4,2"], ["'minMark' (4) is above 'maxMark' (2)", "swap them"] },
    };

    [Theory]
    [MemberData(nameof(BadLevelTables))]
    public void Load_BadLevelBands_ReportsTheProblemAtTheLevels(string name, string[] levels, string[] words)
    {
        _ = name;
        using var folder = new TempFolder();
        var criterion = RubricJson.Criterion(4, levels.Select(l => l.Split(',').Select(int.Parse).ToArray()).Select(l => RubricJson.Level(l[0], l[1], l[2])).ToArray());
        var text = RubricJson.Minimal(criteria: criterion);
        var file = folder.Write("rubric.json", text);

        var result = MarkScheme.Load(file);

        Assert.False(result.Succeeded);
        var problem = result.Problems.FirstOrDefault(p => words.All(w => p.Message.Contains(w, StringComparison.Ordinal)));
        Assert.True(problem is not null, string.Join(Environment.NewLine, result.Problems));
        Assert.StartsWith("$.criteria[0].levels", problem!.Path, StringComparison.Ordinal);
        Assert.InRange(problem.Line, ProblemAssert.LineOf(text, "\"levels\""), ProblemAssert.LineOf(text, "\"levels\"") + levels.Length);
    }

    [Fact]
    public void Load_LevelsGivenOutOfOrder_SortsThemByMark()
    {
        using var folder = new TempFolder();
        var criterion = RubricJson.Criterion(4, RubricJson.Level(2, 3, 4), RubricJson.Level(0, 0, 0), RubricJson.Level(1, 1, 2));
        var file = folder.Write("rubric.json", RubricJson.Minimal(criteria: criterion));

        var result = MarkScheme.Load(file);

        Assert.Empty(result.Problems);
        Assert.Equal([0, 1, 2], result.Value!.Rubric.Criteria[0].Levels.Select(l => l.Level));
    }

    [Fact]
    public void Load_BandsOutOfOrderAndNotFromZero_ReportsBoth()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal("""
            "bands": [
                { "name": "Weak", "minMark": 1 },
                { "name": "Strong", "minMark": 3 }
              ],
            """);
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "\"Strong\""), "$.bands[1]", "highest to the lowest 'minMark'");
        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "\"bands\""), "$.bands", "must start at 0", "starts at 3");
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Load_BandAboveTheMaximumMark_ReportsTheRange()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal("""
            "bands": [ { "name": "Top", "minMark": 9 }, { "name": "Rest", "minMark": 0 } ],
            """);
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "\"Top\""), "$.bands[0].minMark", "from 0 to 4", "found 9");
    }

    [Fact]
    public void Load_ValidBands_AreKeptHighestFirst()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rubric.json", RubricJson.Minimal("""
            "bands": [ { "name": "Good", "minMark": 3 }, { "name": "Weak", "minMark": 0 } ],
            """));

        var rubric = MarkScheme.Load(file).GetValueOrThrow().Rubric;

        Assert.Equal([new Band("Good", 3), new Band("Weak", 0)], rubric.Bands);
    }

    [Fact]
    public void Load_CapConditionWithoutThreshold_SaysToAddBelowOrAtLeast()
    {
        using var folder = new TempFolder();
        var criterion = RubricJson.DefaultCriteria.Replace(
            "\"levels\": [",
            "\"caps\": [ { \"maxLevel\": 1, \"reason\": \"r\", \"when\": [ { \"signal\": \"judgement.thesis\" } ] } ],\n          \"levels\": [",
            StringComparison.Ordinal);
        var text = RubricJson.Minimal(criteria: criterion);
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "\"caps\""), "$.criteria[0].caps[0].when[0]", "needs 'below' or 'atLeast'");
    }

    [Fact]
    public void Load_MissingRequiredFields_ReportsEachAtTheObjectWithAnExample()
    {
        using var folder = new TempFolder();
        const string text = """
            {
              "id": "mini",
              "criteria": [ { "id": "judgement" } ]
            }
            """;
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        ProblemAssert.Has(problems, file, 1, "$.question", "Missing 'question'", "for example");
        ProblemAssert.Has(problems, file, 1, "$.length", "Missing 'length'", "guideMin");
        ProblemAssert.Has(problems, file, 3, "$.criteria[0].max", "Missing 'max'", "whole number");
        ProblemAssert.Has(problems, file, 3, "$.criteria[0].signals", "Missing 'signals'", "array");
    }

    [Fact]
    public void Load_UnknownNestedField_SuggestsTheClosestKnownName()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal().Replace("\"guideMax\"", "\"guidemax\"", StringComparison.Ordinal);
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "guidemax"), "$.length.guidemax", "Unknown field 'guidemax'", "Did you mean 'guideMax'?");
        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "guidemax"), "$.length.guideMax", "Missing 'guideMax'");
    }

    [Fact]
    public void Load_UnknownFieldFarFromAnyName_ListsTheKnownFieldsWithoutAGuess()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal("\"colourScheme\": \"blue\",");
        var file = folder.Write("rubric.json", text);

        var problem = ProblemAssert.Has(MarkScheme.Load(file).Problems, file, ProblemAssert.LineOf(text, "colourScheme"), "$.colourScheme", "Unknown field", "Known fields here", "criteria");

        Assert.DoesNotContain("Did you mean", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FieldsStartingWithDollar_AreAllowedAsAnnotations()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rubric.json", RubricJson.Minimal("\"$schema\": \"rubric.schema.json\", \"$comment\": \"notes\","));

        Assert.Empty(MarkScheme.Load(file).Problems);
    }

    [Fact]
    public void Read_ProblemsBeforeTheCall_AreKeptAndTheRubricStillReads()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rubric.json", RubricJson.Minimal());
        var problems = new List<LoadProblem> { new("elsewhere", 1, "", "earlier") };

        var rubric = RubricReader.Read(file, problems, out _);

        Assert.NotNull(rubric);
        Assert.Single(problems);
    }

    [Fact]
    public void Load_CriterionMaxOfTheWrongType_ReportsOnlyThatAndNotTheBandsItLeavesOut()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal("""
            "bands": [ { "name": "Good", "minMark": 3 }, { "name": "Weak", "minMark": 0 } ],
            """).Replace("\"max\": 4", "\"max\": \"4\"", StringComparison.Ordinal);
        var file = folder.Write("rubric.json", text);

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal((ProblemAssert.LineOf(text, "\"max\""), "$.criteria[0].max"), (problem.Line, problem.Path));
        Assert.Contains("whole number", problem.Message, StringComparison.Ordinal);
    }
}
