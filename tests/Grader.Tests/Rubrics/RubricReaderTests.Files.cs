using System.Text;
using Grader.Tests.Loading;

namespace Grader.Tests.Rubrics;

public sealed partial class RubricReaderTests
{
    [Fact]
    public void Load_MissingRubricFile_SaysItDoesNotExistAndToCheckThePath()
    {
        using var folder = new TempFolder();
        var file = folder.Combine("nowhere.json");

        var result = MarkScheme.Load(file);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(file, problem.File);
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Check the path", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\uFEFF")]
    public void Load_EmptyRubricFile_SaysTheFileIsEmpty(string text)
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("rubric.json", Encoding.UTF8.GetBytes(text));

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal(file, problem.File);
        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
        Assert.Contains("JSON object", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidJson_ReportsTheLineAndWhatToLookFor()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal().Replace("\"question\":", "\"question\"", StringComparison.Ordinal);
        var file = folder.Write("rubric.json", text);

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal(ProblemAssert.LineOf(text, "\"question\""), problem.Line);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Contains("missing comma, quote or bracket", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RootIsAnArray_SaysARubricIsAnObject()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rubric.json", "[\n  1\n]");

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal((1, "$"), (problem.Line, problem.Path));
        Assert.Contains("JSON object", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnswerKeyAndModelEssayThatDoNotExist_ReportsBothAtTheirLines()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal("""
            "answerKey": "missing-key.json",
              "modelEssay": "essays/missing.txt",
              "exemplars": ["missing-exemplar.txt"],
            """);
        var file = folder.Write("rubric.json", text);

        var problems = MarkScheme.Load(file).Problems;

        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "answerKey"), "$.answerKey", folder.Combine("missing-key.json"), "does not exist", "relative to the rubric");
        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "modelEssay"), "$.modelEssay", folder.Combine("essays/missing.txt"), "does not exist", "fix the path");
        ProblemAssert.Has(problems, file, ProblemAssert.LineOf(text, "exemplars"), "$.exemplars[0]", "missing-exemplar.txt", "does not exist", "fix the path");
        Assert.Equal(3, problems.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    public void Load_EmptyModelEssay_SaysToGiveItTextOrRemoveIt(string essay)
    {
        using var folder = new TempFolder();
        var essayPath = folder.Write("model.txt", essay);
        var file = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal(essayPath, problem.File);
        Assert.Contains("model essay is empty", problem.Message, StringComparison.Ordinal);
        Assert.Contains("remove it from the rubric", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelEssayNotUtf8_SaysToSaveItAsUtf8()
    {
        using var folder = new TempFolder();
        var essayPath = folder.WriteBytes("model.txt", [.. "The Soviet Union's role was crucial in "u8, 0xE9, .. " 1950."u8]);
        var file = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal(essayPath, problem.File);
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Save it as UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrTrain_ModelEssayPresent_IsReadAndTrainsASimilarityModel()
    {
        using var folder = new TempFolder();
        folder.Write("model.txt", "The Soviet Union was crucial to the PRC. In 1950 the treaty gave China security.\n\nHowever, Mao led.");
        var file = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));

        var scheme = MarkSchemeTrainer.LoadOrTrain(file).GetValueOrThrow();

        Assert.StartsWith("The Soviet Union", scheme.ModelEssay, StringComparison.Ordinal);
        Assert.True(scheme.HasSimilarityModel);
    }

    [Fact]
    public void Load_RubricSavedAsLatin1_ReportsTheLineAndSaysToSaveAsUtf8()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal().Replace("How far was", "How far was the caf\u00E9", StringComparison.Ordinal);
        var file = folder.WriteBytes("rubric.json", Encoding.Latin1.GetBytes(text));

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal(ProblemAssert.LineOf(text, "How far was"), problem.Line);
        Assert.Contains("UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NumberTooLargeForADouble_ReportsTheAllowedRange()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal().Replace("\"guideMax\": 200", "\"guideMax\": 1e400", StringComparison.Ordinal);
        var file = folder.Write("rubric.json", text);

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal(ProblemAssert.LineOf(text, "1e400"), problem.Line);
        Assert.Contains("whole number from 1 to 100000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ByteOrderMarkAndComments_AreAcceptedAndLinesStayRight()
    {
        using var folder = new TempFolder();
        var text = "// a rubric\n" + RubricJson.Minimal().Replace("\"guideMax\": 200", "\"guideMax\": \"200\"", StringComparison.Ordinal);
        var file = folder.WriteBytes("rubric.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal((ProblemAssert.LineOf(text, "guideMax"), "$.length.guideMax"), (problem.Line, problem.Path));
    }

    [Fact]
    public void Load_TrailingContentAfterTheObject_IsReported()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal() + "\n{}\n";
        var file = folder.Write("rubric.json", text);

        var problem = Assert.Single(MarkScheme.Load(file).Problems);

        Assert.Equal(text.Split('\n').Length - 1, problem.Line);
    }
}
