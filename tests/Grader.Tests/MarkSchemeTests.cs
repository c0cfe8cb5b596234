using Grader.Reporting;
using Grader.Rubrics;
using Grader.Scoring;
using Grader.Tests.Loading;
using Grader.Tests.Rubrics;
using Grader.Tests.Support;

namespace Grader.Tests;

public sealed class MarkSchemeTests
{
    private const string ModelEssay = "The Soviet Union was crucial to the PRC. In 1950 the treaty gave China security.\n\nHowever, Mao led.";

    private static string BundledModelPath => Path.Combine(Path.GetDirectoryName(RepositoryPaths.BundledRubric)!, "similarity.model");

    [Fact]
    public void Create_WithTheSavedModel_GradesLikeTheLoadedScheme()
    {
        var loaded = BundledScheme.Value;
        using var model = File.OpenRead(BundledModelPath);

        var created = MarkScheme.Create(loaded.Rubric, loaded.AnswerKey, loaded.ModelEssay, similarityModel: model);

        Assert.True(created.HasSimilarityModel);
        var essay = Essays.Read("balanced-mid");
        Assert.Equal(GradeJsonWriter.ToJson(BundledScheme.Grader.Grade(essay)), GradeJsonWriter.ToJson(new EssayGrader(created).Grade(essay)));
    }

    [Fact]
    public void Create_ModelEssayButNoSimilarityModel_ThrowsSayingToPassOrTrainOne()
    {
        var loaded = BundledScheme.Value;

        var exception = Assert.Throws<ArgumentException>(() => MarkScheme.Create(loaded.Rubric, loaded.AnswerKey, loaded.ModelEssay));

        Assert.Equal("similarityModel", exception.ParamName);
        Assert.Contains("MarkSchemeTrainer", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ModelTrainedOnOtherInputs_ThrowsInvalidDataSayingToTrainAgain()
    {
        var loaded = BundledScheme.Value;
        using var model = File.OpenRead(BundledModelPath);

        var exception = Assert.Throws<InvalidDataException>(() => MarkScheme.Create(loaded.Rubric, loaded.AnswerKey, loaded.ModelEssay + "\n\nOne more paragraph on Soviet loans.", similarityModel: model));

        Assert.Contains("trained on other inputs", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NothingToCompareWith_NeedsNoSimilarityModel()
    {
        var scheme = MarkScheme.Create(BundledScheme.Value.Rubric, AnswerKey.Empty);

        Assert.False(scheme.HasSimilarityModel);
        Assert.Equal(GradeStatus.Ok, new EssayGrader(scheme).Grade(Essays.Read("balanced-mid")).Status);
    }

    [Fact]
    public void Create_LevelsLeavingAGap_Throws()
    {
        var rubric = BundledScheme.Value.Rubric;
        var broken = rubric with
        {
            Criteria = [rubric.Criteria[0] with { Levels = rubric.Criteria[0].Levels.Where(l => l.Level != 3).ToArray() }],
        };

        var exception = Assert.Throws<ArgumentException>(() => MarkScheme.Create(broken, AnswerKey.Empty));

        Assert.Contains("every mark from 0 to 7", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelEssayWithoutASavedModel_ReportsWhereTheModelBelongsAndHowToBuildIt()
    {
        using var folder = new TempFolder();
        folder.Write("model.txt", ModelEssay);
        var rubric = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));

        var result = MarkScheme.Load(rubric);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(folder.Combine("rubric.similarity.json"), problem.File);
        Assert.Contains("no similarity model", problem.Message, StringComparison.Ordinal);
        Assert.Contains("grader train", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Load_ModelSavedByTheTrainer_LoadsWithoutNoticesAndGradesLikeTheTrainedScheme()
    {
        using var folder = new TempFolder();
        folder.Write("model.txt", ModelEssay);
        var rubric = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));
        var trained = MarkSchemeTrainer.LoadOrTrain(rubric).GetValueOrThrow();
        trained.SaveSimilarityModel();

        var result = MarkScheme.Load(rubric);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Notices);
        var essay = Essays.Read("balanced-mid");
        Assert.Equal(GradeJsonWriter.ToJson(new EssayGrader(trained).Grade(essay)), GradeJsonWriter.ToJson(new EssayGrader(result.Value!).Grade(essay)));
    }

    [Fact]
    public void Load_SavedModelOfAnEarlierModelEssay_ReportsItIsStaleAndToTrainAgain()
    {
        using var folder = new TempFolder();
        var essay = folder.Write("model.txt", ModelEssay);
        var rubric = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));
        MarkSchemeTrainer.LoadOrTrain(rubric).GetValueOrThrow().SaveSimilarityModel();
        File.AppendAllText(essay, "\n\nA new paragraph about Soviet experts in Beijing.");

        var problem = Assert.Single(MarkScheme.Load(rubric).Problems);

        Assert.Equal(folder.Combine("rubric.similarity.json"), problem.File);
        Assert.Contains("trained on other inputs", problem.Message, StringComparison.Ordinal);
        Assert.Contains("grader train", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SavedModelThatIsNotOne_ReportsTheFileAndWhatIsWrong()
    {
        using var folder = new TempFolder();
        folder.Write("model.txt", ModelEssay);
        var rubric = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));
        var model = folder.Write("rubric.similarity.json", "not a model");

        var problem = Assert.Single(MarkScheme.Load(rubric).Problems);

        Assert.Equal(model, problem.File);
        Assert.Contains("similarity model", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GraderAssembly_ReferencesNoMachineLearningAssemblyButTheTokenizers()
    {
        var references = typeof(MarkScheme).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.Contains("Microsoft.ML.Tokenizers", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.ML", StringComparison.Ordinal) && name != "Microsoft.ML.Tokenizers");
        Assert.DoesNotContain(references, name => name.Contains("LightGbm", StringComparison.OrdinalIgnoreCase));
    }
}
