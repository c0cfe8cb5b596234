using System.Text;
using Grader.Tests.Loading;

namespace Grader.Tests.Rubrics;

/// <summary>Rubric files that used to crash the loader or be silently accepted: each must be a located problem.</summary>
public sealed partial class RubricReaderTests
{
    [Fact]
    public void Load_LoneSurrogateEscapeInAString_IsALocatedProblemNotACrash()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal().Replace("\"id\": \"mini\"", "\"id\": \"mini\\ud800\"", StringComparison.Ordinal);
        var file = folder.Write("rubric.json", text);

        var result = MarkScheme.Load(file);

        ProblemAssert.Has(result.Problems, file, ProblemAssert.LineOf(text, "\"id\": \"mini"), "$.id", "lone surrogate", "remove it");
    }

    [Fact]
    public void Load_NulCharacterInAFilePath_IsALocatedProblemNotACrash()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal("\"modelEssay\": \"model\\u0000.txt\", \"exemplars\": [\"a\\u0000b.txt\"],");
        var file = folder.Write("rubric.json", text);

        var result = MarkScheme.Load(file);

        var line = ProblemAssert.LineOf(text, "modelEssay");
        ProblemAssert.Has(result.Problems, file, line, "$.modelEssay", "not a valid path", "NUL");
        ProblemAssert.Has(result.Problems, file, line, "$.exemplars[0]", "not a valid path");
    }

    [Theory]
    [InlineData("modelEssay", "/dev/zero")]
    [InlineData("modelEssay", "/dev/urandom")]
    [InlineData("answerKey", "/dev/zero")]
    [InlineData("similarityModel", "/dev/urandom")]
    public void Load_PathNamingAnEndlessFile_StopsAtTheSizeLimitWithAProblem(string field, string device)
    {
        if (!File.Exists(device))
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("model-essay.txt", "The Soviet Union was crucial to the early PRC, which signed a treaty with it in 1950.");
        var modelEssay = field == "modelEssay" ? "" : "\"modelEssay\": \"model-essay.txt\",";
        var file = folder.Write("rubric.json", RubricJson.Minimal($"\"{field}\": \"{device}\", {modelEssay}"));

        var result = MarkScheme.Load(file);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(device, problem.File);
        Assert.Contains("larger than", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RubricFileItselfEndless_StopsAtTheSizeLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var problem = Assert.Single(MarkScheme.Load("/dev/zero").Problems);

        Assert.Contains("larger than 16 MB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateJsonKey_IsReportedWithBothLines()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal().Replace("\"id\": \"mini\",", "\"id\": \"mini\",\n  \"id\": \"other\",", StringComparison.Ordinal);
        var file = folder.Write("rubric.json", text);

        var result = MarkScheme.Load(file);

        var first = ProblemAssert.LineOf(text, "\"id\": \"mini\"");
        ProblemAssert.Has(result.Problems, file, first + 1, "$.id", "given twice", $"first on line {first}");
    }

    [Fact]
    public void Load_EmptyBandsOrDuplicateBandNames_AreReported()
    {
        using var folder = new TempFolder();
        var emptyText = RubricJson.Minimal("\"bands\": [],");
        var twiceText = RubricJson.Minimal("\"bands\": [ { \"name\": \"Good\", \"minMark\": 3 },\n { \"name\": \"good\", \"minMark\": 0 } ],");
        var empty = folder.Write("empty.json", emptyText);
        var twice = folder.Write("twice.json", twiceText);

        var emptyResult = MarkScheme.Load(empty);
        var twiceResult = MarkScheme.Load(twice);

        ProblemAssert.Has(emptyResult.Problems, empty, ProblemAssert.LineOf(emptyText, "bands"), "$.bands", "'bands' is empty");
        ProblemAssert.Has(twiceResult.Problems, twice, ProblemAssert.LineOf(twiceText, "\"good\""), "$.bands[1].name", "'good' is used twice");
    }

    [Theory]
    [InlineData("total")]
    [InlineData("row")]
    [InlineData("mark")]
    [InlineData("engine_total")]
    public void Load_CriterionIdThatIsAnOutputColumn_IsReported(string id)
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal().Replace("\"id\": \"judgement\"", $"\"id\": \"{id}\"", StringComparison.Ordinal);
        var file = folder.Write("rubric.json", text);

        var result = MarkScheme.Load(file);

        ProblemAssert.Has(result.Problems, file, ProblemAssert.LineOf(text, $"\"id\": \"{id}\""), "$.criteria[0].id", $"'{id}' is taken", "Choose another id");
    }

    [Fact]
    public void Load_TooShortBelowAboveTheGuideLength_IsReported()
    {
        using var folder = new TempFolder();
        var text = RubricJson.Minimal().Replace("\"tooShortBelow\": 50", "\"tooShortBelow\": 150", StringComparison.Ordinal);
        var file = folder.Write("rubric.json", text);

        var result = MarkScheme.Load(file);

        ProblemAssert.Has(result.Problems, file, ProblemAssert.LineOf(text, "tooShortBelow"), "$.length.tooShortBelow", "'tooShortBelow' (150) is above 'guideMin' (100)");
    }

    [Fact]
    public void Load_SimilarityModelNamingTheModelEssay_IsReportedBeforeTrainingCouldOverwriteIt()
    {
        using var folder = new TempFolder();
        folder.Write("model-essay.txt", "The Soviet Union was crucial to the early PRC, which signed a treaty with it in 1950.");
        var text = RubricJson.Minimal("\"modelEssay\": \"model-essay.txt\",\n  \"similarityModel\": \"./model-essay.txt\",");
        var file = folder.Write("rubric.json", text);

        var result = MarkScheme.Load(file);

        ProblemAssert.Has(result.Problems, file, ProblemAssert.LineOf(text, "similarityModel"), "$.similarityModel", "names 'modelEssay'", "own file name");
    }

    [Fact]
    public void Load_FileFieldNamingAFolder_SaysItIsAFolder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("essays"));
        var text = RubricJson.Minimal("\"modelEssay\": \"essays\",");
        var file = folder.Write("rubric.json", text);

        ProblemAssert.Has(MarkScheme.Load(file).Problems, file, ProblemAssert.LineOf(text, "modelEssay"), "$.modelEssay", "names the folder");
    }
}
