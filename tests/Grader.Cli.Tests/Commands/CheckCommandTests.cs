using Grader.Cli;
using Grader.Cli.Console;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

/// <summary><c>grader check</c> on question folders written here (not the bundled one), and the one-line model answer that used to crash train and explain.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private const string Rubric = """
        {
          "id": "osmosis",
          "question": "Why does a plant cell placed in pure water not burst?",
          "responseType": "short-answer",
          "keyConcept": { "name": "turgid", "terms": ["turgid", "turgor"] },
          "answerKey": "answer-key.json",
          "modelEssay": "model.txt",
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

    private const string AnswerKey = """
        {
          "keyPoints": [
            { "id": "osmosis", "text": "Water moves into the cell by osmosis because the cytoplasm is more concentrated than the pure water outside." },
            { "id": "osmosis-again", "text": "Water moves into the cell by osmosis because the cytoplasm is more concentrated than pure water." },
            { "id": "wall", "text": "Cell wall." }
          ]
        }
        """;

    private const string ModelAnswer = "Water moves into the cell by osmosis because the cytoplasm is more concentrated than pure water. The rigid cellulose wall pushes back, so the cell becomes firm instead of bursting.";

    private readonly string _directory = Directory.CreateTempSubdirectory("grader-check-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Question(string signals, string modelEssay = ModelAnswer, string? answerKey = AnswerKey)
    {
        File.WriteAllText(Path.Combine(_directory, "model.txt"), modelEssay);
        var rubric = Rubric.Replace("{{signals}}", signals, StringComparison.Ordinal);
        if (answerKey is null)
        {
            rubric = rubric.Replace("\"answerKey\": \"answer-key.json\",", "", StringComparison.Ordinal);
        }
        else
        {
            File.WriteAllText(Path.Combine(_directory, "answer-key.json"), answerKey);
        }

        var path = Path.Combine(_directory, "rubric.json");
        File.WriteAllText(path, rubric);
        return path;
    }

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = GraderApp.Run(args, new CliConsole(output, error, false, _directory));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_WeakAndOverlappingKeyPointsAndTermsNotInTheModelEssay_WarnsNamingEachAndSucceeds()
    {
        var rubric = Question("""{ "signal": "similarity.coverage", "weight": 1 }""");

        var (code, output, _) = Run("check", rubric);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("warning: ", output, StringComparison.Ordinal);
        Assert.Contains("key point 'wall': has only 2 content words", output, StringComparison.Ordinal);
        Assert.Contains("key points 'osmosis' and 'osmosis-again': overlap", output, StringComparison.Ordinal);
        Assert.Contains("'keyConcept': none of its 2 terms occurs in the model essay", output, StringComparison.Ordinal);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SimilarityWeighedWithoutKeyPoints_ErrorAndNonZeroExit()
    {
        var rubric = Question("""{ "signal": "similarity.coverage", "weight": 1 }""", answerKey: null);

        var (code, output, _) = Run("check", rubric);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("error: ", output, StringComparison.Ordinal);
        Assert.Contains("weighs 'similarity.coverage', but the answer key has no key points", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RubricThatDoesNotLoad_ReportsTheProblemAndFails()
    {
        var rubric = Question("""{ "signal": "structure.roles", "weight": 1 }""");

        var (code, _, error) = Run("check", rubric);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("structure.roles", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainAndExplain_ModelEssayOneShortLineWithoutFullStop_SucceedWithoutACrash()
    {
        var rubric = Question("""{ "signal": "similarity.essay", "weight": 1 }""", modelEssay: "The cell wall stops it bursting", answerKey: null);
        var essay = Path.Combine(_directory, "answer.txt");
        File.WriteAllText(essay, "A plant cell in pure water takes water in, but its strong wall stops the cell bursting.");

        var train = Run("train", "--rubric", rubric);
        var explain = Run("explain", essay, "--rubric", rubric);

        Assert.True(train.Code == ExitCodes.Success, train.Error);
        Assert.True(explain.Code == ExitCodes.Success, explain.Error);
        Assert.Contains("similarity", explain.Out, StringComparison.OrdinalIgnoreCase);
    }
}
