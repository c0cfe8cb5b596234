using Grader.Loading;
using Grader.Reporting;
using Grader.Tests.Loading;
using Grader.Tests.Rubrics;
using Grader.Tests.Support;

namespace Grader.Training.Tests;

public sealed class MarkSchemeTrainerTests
{
    private const string ModelEssay = "The Soviet Union was crucial to the PRC. In 1950 the treaty gave China security.\n\nHowever, Mao led.";

    [Fact]
    public void Train_FromTheBundledParts_GradesLikeTheLoadedScheme()
    {
        var loaded = BundledScheme.Value;

        var trained = MarkSchemeTrainer.Train(loaded.Rubric, loaded.AnswerKey, loaded.ModelEssay);

        Assert.True(trained.HasSimilarityModel);
        var essay = Essays.Read("balanced-mid");
        Assert.Equal(GradeJsonWriter.ToJson(BundledScheme.Grader.Grade(essay)), GradeJsonWriter.ToJson(new EssayGrader(trained).Grade(essay)));
    }

    [Fact]
    public void Train_ThenSaveToAStream_RuntimeCreateReadsTheSameModel()
    {
        var loaded = BundledScheme.Value;
        var trained = MarkSchemeTrainer.Train(loaded.Rubric, loaded.AnswerKey, loaded.ModelEssay, seed: 5);
        using var saved = new MemoryStream();
        trained.SaveSimilarityModel(saved);
        saved.Position = 0;

        var created = MarkScheme.Create(loaded.Rubric, loaded.AnswerKey, loaded.ModelEssay, similarityModel: saved);

        Assert.Equal(trained.DescribeSimilarityModel(), created.DescribeSimilarityModel());
        var essay = Essays.Read("strong-agree");
        Assert.Equal(GradeJsonWriter.ToJson(new EssayGrader(trained).Grade(essay)), GradeJsonWriter.ToJson(new EssayGrader(created).Grade(essay)));
    }

    [Fact]
    public void LoadOrTrain_NoSavedModel_TrainsInMemoryWithANoticeSayingToSaveIt()
    {
        using var folder = new TempFolder();
        folder.Write("model.txt", ModelEssay);
        var rubric = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));

        var result = MarkSchemeTrainer.LoadOrTrain(rubric);

        Assert.True(result.Succeeded);
        Assert.True(result.Value!.HasSimilarityModel);
        var notice = Assert.Single(result.Notices);
        Assert.Equal(LoadNoticeCodes.SimilarityModelMissing, notice.Code);
        Assert.Equal(folder.Combine("rubric.similarity.json"), notice.File);
        Assert.Contains("trained in memory", notice.Message, StringComparison.Ordinal);
        Assert.Contains("grader train", notice.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrTrain_RequireSavedAndNoneSaved_IsALocatedProblem()
    {
        using var folder = new TempFolder();
        folder.Write("model.txt", ModelEssay);
        var rubric = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));

        var result = MarkSchemeTrainer.LoadOrTrain(rubric, new MarkSchemeLoadOptions { RequireSavedSimilarityModel = true });

        var problem = Assert.Single(result.Problems);
        Assert.Equal(folder.Combine("rubric.similarity.json"), problem.File);
        Assert.Contains("grader train", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrTrain_UnreadableSavedModel_RetrainsWithANoticeThatSaysWhy()
    {
        using var folder = new TempFolder();
        folder.Write("model.txt", ModelEssay);
        var rubric = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));
        folder.Write("rubric.similarity.json", "not a model");

        var result = MarkSchemeTrainer.LoadOrTrain(rubric);

        Assert.True(result.Succeeded);
        var notice = Assert.Single(result.Notices);
        Assert.Equal(LoadNoticeCodes.SimilarityModelUnreadable, notice.Code);
        Assert.Contains("could not be used", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrTrain_Retrain_IgnoresTheSavedModelAndSaysNothing()
    {
        using var folder = new TempFolder();
        folder.Write("model.txt", ModelEssay);
        var rubric = folder.Write("rubric.json", RubricJson.Minimal("\"modelEssay\": \"model.txt\","));
        folder.Write("rubric.similarity.json", "not a model");

        var result = MarkSchemeTrainer.LoadOrTrain(rubric, new MarkSchemeLoadOptions { RetrainSimilarityModel = true });

        Assert.True(result.Succeeded);
        Assert.Empty(result.Notices);
    }
}
