using Grader.Checks;
using Grader.Similarity;
using Grader.Tests.Loading;

namespace Grader.Training.Tests;

/// <summary>A question whose only reference is one model answer: it loads, trains a model that works, and a degenerate model is refused.</summary>
public sealed class MarkSchemeTrainerOneReferenceTests
{
    private const string Rubric = """
        {
          "id": "osmosis",
          "question": "Why does a plant cell placed in pure water not burst?",
          "length": { "guideMin": 5, "guideMax": 80, "tooShortBelow": 3 },
          "modelEssay": "model.txt",
          "criteria": [
            {
              "id": "content",
              "max": 2,
              "signals": [ { "signal": "similarity.essay", "weight": 1 } ],
              "levels": [
                { "level": 0, "minMark": 0, "maxMark": 0, "descriptor": "Nothing like the model answer." },
                { "level": 1, "minMark": 1, "maxMark": 2, "descriptor": "Close to the model answer." }
              ]
            }
          ]
        }
        """;

    private static string Question(TempFolder folder, string modelEssay)
    {
        folder.Write("model.txt", modelEssay);
        return folder.Write("rubric.json", Rubric);
    }

    [Fact]
    public void LoadOrTrain_ModelEssayOneShortLineWithoutFullStop_LoadsAndSavesAModelTheRuntimeReads()
    {
        using var folder = new TempFolder();
        var rubric = Question(folder, "The cell wall stops it bursting");

        var trained = MarkSchemeTrainer.LoadOrTrain(rubric).GetValueOrThrow();
        trained.SaveSimilarityModel();
        var loaded = MarkScheme.Load(rubric);

        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        var cosine = new EssayGrader(loaded.Value!).Grade("A plant cell in pure water takes water in, but its strong wall stops the cell bursting.").Signals.Single(s => s.Name == SignalCatalog.SimilarityCosine).Value;
        Assert.True(cosine > 0.3, $"cosine {cosine}");
    }

    [Fact]
    public void LoadOrTrain_ModelEssayOfStopWordsOnly_IsALocatedProblemNotAnException()
    {
        using var folder = new TempFolder();
        var rubric = Question(folder, "It is what it is");

        var result = MarkSchemeTrainer.LoadOrTrain(rubric);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("no content words", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_OneSentenceReference_RawSimilaritySignalsRankCloseAnswerAboveUnrelated()
    {
        using var folder = new TempFolder();
        var grader = new EssayGrader(MarkSchemeTrainer.LoadOrTrain(Question(folder, "Water enters by osmosis, but the rigid cellulose wall resists the swelling, so the cell turns turgid rather than bursting.")).GetValueOrThrow());

        double Cosine(string answer) => grader.Grade(answer).Signals.Single(s => s.Name == SignalCatalog.SimilarityCosine).Value;

        var close = Cosine("Osmosis brings water in and the cellulose wall is rigid, so the swelling cell is turgid and does not burst.");
        var unrelated = Cosine("Plants need sunlight to make glucose in their leaves during the day.");
        Assert.True(close > 0.3 && close > unrelated + 0.2, $"close {close}, unrelated {unrelated}");
    }

    [Fact]
    public void Load_SavedModelWithEveryWeightZero_IsAProblemNamingTheFileAndGraderTrain()
    {
        using var folder = new TempFolder();
        var rubric = Question(folder, "Water enters by osmosis. The wall resists. The cell is turgid.");
        var scheme = MarkSchemeTrainer.LoadOrTrain(rubric).GetValueOrThrow();
        var set = SimilarityTrainingSetBuilder.Build(scheme.ModelEssay, scheme.AnswerKey, [], scheme.Resources, scheme.Analyzer)!;
        var pipeline = SimilarityPipeline.Fit(set.Documents(), seed: 1);
        var documentIdf = SimilarityTrainer.Assemble(set, pipeline.ExtractVocabulary(), seed: 1, pipeline.DocumentCount);
        using (var file = File.Create(folder.Combine("rubric.similarity.json")))
        {
            documentIdf.Save(file);
        }

        var loaded = MarkScheme.Load(rubric);

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(folder.Combine("rubric.similarity.json"), problem.File);
        Assert.Contains("weighs every term 0", problem.Message, StringComparison.Ordinal);
        Assert.Contains("grader train", problem.Message, StringComparison.Ordinal);
    }
}
