using Grader.Checks;
using Grader.Rubrics;
using Grader.Scoring;
using Grader.Tests.Loading;

namespace Grader.Tests.Scoring;

/// <summary>Under "responseType": "short-answer" the whole response is prose, and length and structure suit a few sentences.</summary>
public sealed class ShortAnswerTests
{
    private const string Rubric = """
        {
          "id": "osmosis",
          "question": "Why does a plant cell placed in pure water not burst?",
          "responseType": "{{type}}",
          {{length}}
          "criteria": [
            {
              "id": "content",
              "max": 4,
              "signals": [
                { "signal": "analysis.explanation", "weight": 1 },
                { "signal": "structure.length", "weight": 1 }
              ],
              "levels": [
                { "level": 0, "minMark": 0, "maxMark": 1, "descriptor": "Little creditable." },
                { "level": 1, "minMark": 2, "maxMark": 4, "descriptor": "Creditable explanation." }
              ]
            }
          ]
        }
        """;

    private const string EssayLength = "\"length\": { \"guideMin\": 300, \"guideMax\": 600, \"tooShortBelow\": 100 },";

    private static EssayGrader Grader(TempFolder folder, string type, string length = "") =>
        new(MarkScheme.Load(folder.Write("rubric.json", Rubric.Replace("{{type}}", type, StringComparison.Ordinal).Replace("{{length}}", length, StringComparison.Ordinal))).GetValueOrThrow());

    [Theory]
    [InlineData("Water enters by osmosis but the cell wall stops it bursting")]
    [InlineData("1. Water enters the cell by osmosis.\n2. The cell wall resists the pressure so it does not burst.")]
    [InlineData("- water moves in by osmosis\n- the strong cell wall stops the cell bursting")]
    [InlineData("Why does it not burst?\nBecause the cell wall is strong")]
    public void Grade_ShortAnswerReadAsHeadingPlanOrQuestionInAnEssay_IsAllProse(string answer)
    {
        using var folder = new TempFolder();
        var words = answer.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

        var shortAnswer = Grader(folder, "short-answer").Grade(answer);
        var essay = Grader(folder, "essay", EssayLength).Grade(answer);

        Assert.Equal(words, shortAnswer.Statistics.Words);
        Assert.Equal(1, shortAnswer.Statistics.Paragraphs);
        Assert.True(essay.Statistics.Words < words, $"as an essay {essay.Statistics.Words} of {words} words are prose");
    }

    [Fact]
    public void Load_ShortAnswerWithoutLength_GetsTheShortAnswerGuide()
    {
        using var folder = new TempFolder();

        var rubric = Grader(folder, "short-answer").Scheme.Rubric;

        Assert.Equal(LengthGuide.ShortAnswer, rubric.Length);
        Assert.InRange(rubric.Length.GuideMin, 1, 20);
    }

    [Fact]
    public void Load_EssayWithoutLength_IsStillAProblem()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rubric.json", Rubric.Replace("{{type}}", "essay", StringComparison.Ordinal).Replace("{{length}}", "", StringComparison.Ordinal));

        var result = MarkScheme.Load(file);

        Assert.Contains(result.Problems, p => p.Message.Contains("Missing 'length'", StringComparison.Ordinal));
    }

    [Fact]
    public void Grade_TwoSentenceAnswer_WithinTheShortAnswerGuideAndNoEssayShapeSignals()
    {
        using var folder = new TempFolder();

        var result = Grader(folder, "short-answer").Grade("Water moves into the cell by osmosis because the cytoplasm is more concentrated. The rigid cell wall pushes back, so the cell becomes turgid instead of bursting.");

        Assert.Equal(1, result.Signals.Single(s => s.Name == SignalCatalog.StructureLength).Value, 6);
        Assert.DoesNotContain(result.Signals, s => s.Name is SignalCatalog.StructureRoles or SignalCatalog.StructurePeel);
        Assert.False(result.HasFlag(FlagCodes.TooShort));
    }

    [Fact]
    public void Grade_OneWordAnswer_FlaggedTooShortUnderTheShortAnswerGuide()
    {
        using var folder = new TempFolder();

        var result = Grader(folder, "short-answer").Grade("Osmosis");

        Assert.True(result.HasFlag(FlagCodes.TooShort));
        Assert.Equal(1, result.Statistics.Words);
    }
}
