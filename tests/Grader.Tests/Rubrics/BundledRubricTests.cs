using Grader.Tests.Loading;

namespace Grader.Tests.Rubrics;

public sealed class BundledRubricTests
{
    private static readonly string RubricPath = RepositoryRoot.Combine("data", "soviet-union-prc", "rubric.json");

    [Fact]
    public void Load_BundledRubric_HasNoProblems()
    {
        var result = MarkScheme.Load(RubricPath);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Load_BundledRubric_HasTheSixCriteriaInTwoSectionsOutOf30()
    {
        var rubric = MarkScheme.Load(RubricPath).GetValueOrThrow().Rubric;

        Assert.Equal(["judgement", "evidence", "analysis", "balance", "relevance", "structure"], rubric.Criteria.Select(c => c.Id));
        Assert.Equal(25, rubric.Criteria.Where(c => c.Section == "Content").Sum(c => c.Max));
        Assert.Equal(5, rubric.Criteria.Where(c => c.Section == "Structure").Sum(c => c.Max));
        Assert.Equal(["Content", "Structure"], rubric.Criteria.Select(c => c.Section).Distinct());
        Assert.Equal(30, rubric.MaxMark);
    }

    [Fact]
    public void Load_BundledRubric_ResolvesItsFilesAndReadsThem()
    {
        var scheme = MarkScheme.Load(RubricPath).GetValueOrThrow();

        Assert.Equal(RepositoryRoot.Combine("data", "soviet-union-prc", "answer-key.json"), scheme.Rubric.Files.AnswerKey);
        Assert.Equal(RepositoryRoot.Combine("data", "soviet-union-prc", "model-essay.txt"), scheme.Rubric.Files.ModelEssay);
        Assert.NotEmpty(scheme.AnswerKey.KeyPoints);
        Assert.NotEmpty(scheme.AnswerKey.Timeline);
        Assert.False(string.IsNullOrWhiteSpace(scheme.ModelEssay));
        Assert.Equal(new Grader.Rubrics.YearRange(1949, 1956), scheme.Rubric.Period);
    }

    [Fact]
    public void ModelEssay_BundledCopy_IsTheSeedVerbatim()
    {
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("seeds", "000_98c4dcf6fd94ba68.txt")), File.ReadAllBytes(RepositoryRoot.Combine("data", "soviet-union-prc", "model-essay.txt")));
    }

    [Fact]
    public void Load_BundledFolderCopiedAloneElsewhere_LoadsWithItsSavedModelAndNoNotice()
    {
        using var folder = new TempFolder();
        var copy = folder.Combine("question");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("data", "soviet-union-prc")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var result = MarkScheme.Load(Path.Combine(copy, "rubric.json"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Empty(result.Notices);
        Assert.StartsWith(copy, result.Value!.Rubric.Files.ModelEssay, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BundledRubric_EveryCriterionsLevelsCoverZeroToMaxOnce()
    {
        var rubric = MarkScheme.Load(RubricPath).GetValueOrThrow().Rubric;

        foreach (var criterion in rubric.Criteria)
        {
            var marks = criterion.Levels.SelectMany(l => Enumerable.Range(l.MinMark, l.MaxMark - l.MinMark + 1)).ToList();
            Assert.Equal(Enumerable.Range(0, criterion.Max + 1), marks);
        }
    }
}
