using System.Text;
using Grader.Reporting;
using Grader.Tests.Rubrics;
using Grader.Tests.Support;
using Microsoft.Extensions.FileProviders;

namespace Grader.Tests.Loading;

/// <summary>Loading a question from an <see cref="IFileProvider"/> instead of paths on disk.</summary>
public sealed class MarkSchemeFileProviderTests
{
    private const string BundledRubric = "data/soviet-union-prc/rubric.json";

    [Fact]
    public void Load_BundledQuestionFromMemory_GradesLikeTheSchemeLoadedFromDisk()
    {
        var provider = new MemoryFileProvider(RepositoryFiles("data/soviet-union-prc", "seeds"));

        var result = MarkScheme.Load(provider, BundledRubric);

        Assert.Empty(result.Problems);
        Assert.Equal(BundledRubric, result.Value!.Rubric.Files.RubricPath);
        Assert.Contains("data/soviet-union-prc/similarity.model", provider.Opened);
        var essay = Essays.Read("strong-disagree");
        Assert.Equal(GradeJsonWriter.ToJson(BundledScheme.Grader.Grade(essay)), GradeJsonWriter.ToJson(new EssayGrader(result.Value).Grade(essay)));
    }

    [Fact]
    public void Load_FromAPhysicalFileProvider_PathsAreRelativeToItsRoot()
    {
        using var provider = new PhysicalFileProvider(RepositoryPaths.Root);

        var scheme = MarkScheme.Load(provider, "/" + BundledRubric).GetValueOrThrow();

        Assert.Equal(BundledRubric, scheme.Rubric.Files.RubricPath);
        Assert.Equal("data/soviet-union-prc/answer-key.json", scheme.Rubric.Files.AnswerKey);
        Assert.Equal(BundledScheme.Value.ModelEssay, scheme.ModelEssay);
    }

    [Fact]
    public void Load_RubricNamingMissingFiles_ProblemsNameTheProviderPaths()
    {
        var provider = Memory(("q/rubric.json", RubricJson.Minimal("\"modelEssay\": \"essays/model.txt\", \"answerKey\": \"../../outside.json\",")));

        var problems = MarkScheme.Load(provider, "q/rubric.json").Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("q/rubric.json", p.File));
        Assert.Contains(problems, p => p.Path == "$.modelEssay" && p.Message.Contains("'q/essays/model.txt'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.answerKey" && p.Message.Contains("'../outside.json'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ModelEssayButNoSavedModelInTheProvider_IsALocatedProblem()
    {
        var provider = Memory(("q/rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\",")), ("q/model.txt", "The Soviet Union was crucial to the PRC in 1950."));

        var problem = Assert.Single(MarkScheme.Load(provider, "q/rubric.json").Problems);

        Assert.Equal("q/rubric.similarity.json", problem.File);
        Assert.Contains("no similarity model", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingRubric_SaysItDoesNotExist()
    {
        var problem = Assert.Single(MarkScheme.Load(Memory(), "q/rubric.json").Problems);

        Assert.Equal("q/rubric.json", problem.File);
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveSimilarityModel_SchemeFromAProvider_ThrowsSayingToSaveToAStream()
    {
        var scheme = MarkScheme.Load(new MemoryFileProvider(RepositoryFiles("data/soviet-union-prc", "seeds")), BundledRubric).GetValueOrThrow();

        var exception = Assert.Throws<InvalidOperationException>(() => scheme.SaveSimilarityModel());

        Assert.Contains("SaveSimilarityModel(Stream)", exception.Message, StringComparison.Ordinal);
    }

    private static MemoryFileProvider Memory(params (string Path, string Text)[] files) =>
        new(files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text)));

    /// <summary>Every file under the given repository folders, keyed by its '/'-separated path from the repository root.</summary>
    private static Dictionary<string, byte[]> RepositoryFiles(params string[] folders) =>
        folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories))
            .ToDictionary(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), File.ReadAllBytes);
}
