using Grader.Checks;
using Grader.Rubrics;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class DevelopmentCheckTests
{
    /// <summary>The bundled rubric with one more criterion that weighs the development signals.</summary>
    private static MarkScheme SchemeWeighingDevelopment(int guideMax)
    {
        var rubric = BundledScheme.Value.Rubric;
        var development = new Criterion(
            "development", "Development", "Content", 4, "How much is developed.",
            [new SignalWeight(SignalCatalog.DevelopmentLength, 1), new SignalWeight(SignalCatalog.LanguageRange, 1), new SignalWeight(SignalCatalog.LanguageSophistication, 1)],
            [new CriterionLevel(1, "Developed", 2, 4, "Developed."), new CriterionLevel(0, "Thin", 0, 1, "Thin.")],
            []);
        var changed = rubric with
        {
            Length = rubric.Length with { GuideMin = guideMax / 2, GuideMax = guideMax },
            Criteria = [.. rubric.Criteria, development],
        };
        return MarkScheme.Create(changed, AnswerKey.Empty);
    }

    [Theory]
    [InlineData(400, 400, 0.5)]
    [InlineData(1600, 400, 1.0)]
    [InlineData(6400, 400, 1.0)]
    [InlineData(800, 400, 0.75)]
    [InlineData(200, 400, 0.25)]
    [InlineData(100, 400, 0.0)]
    [InlineData(0, 400, 0.0)]
    public void Scale_CountAgainstCentre_AQuarterForEachDoublingHalfAtTheCentre(int count, int centre, double expected)
    {
        Assert.Equal(expected, DevelopmentCheck.Scale(count, centre), 6);
    }

    [Fact]
    public void Scale_PastTheCentre_KeepsRisingSoLongerAnswersAreNotAllTheSame()
    {
        Assert.True(DevelopmentCheck.Scale(700, 400) > DevelopmentCheck.Scale(400, 400));
        Assert.True(DevelopmentCheck.Scale(1200, 400) > DevelopmentCheck.Scale(700, 400));
    }

    [Fact]
    public void DistinctLongWords_ShortAndLongWords_CountsEachWordOfSevenLettersOrMoreOnce()
    {
        // Written for this test: everyday words, then long ones (one twice, one in capitals, one misspelt).
        var plain = BundledScheme.Analyze("The man went to the shop and the dog ran home. The day was good and the food was hot.");
        var rich = BundledScheme.Analyze("The ambiguous treaty was ratified, although its AMBIGUOUS clauses were ratified reluctantly. Diplomats wrote it in a sprawlling hand.");

        Assert.Equal(0, DevelopmentCheck.DistinctLongWords(plain));

        // ambiguous, ratified, clauses, reluctantly, diplomats, sprawlling ("although" is a function word)
        Assert.Equal(6, DevelopmentCheck.DistinctLongWords(rich));
    }

    [Theory]
    [InlineData("soviet-union-prc")]
    [InlineData("vaccines")]
    [InlineData("weimar-collapse")]
    public void SophisticatedShare_TheProjectsOwnModelEssays_HoldAboutASixthOfTheirWordsAsDistinctLongWords(string question)
    {
        var document = BundledScheme.Analyze(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", question, "model-essay.txt")));

        var share = DevelopmentCheck.DistinctLongWords(document) / (double)document.ProseWordCount;

        Assert.InRange(share, DevelopmentCheck.SophisticatedShare - 0.02, DevelopmentCheck.SophisticatedShare + 0.025);
    }

    [Fact]
    public void DistinctContentWords_RepeatsCaseAndFunctionWords_CountedOnce()
    {
        var document = BundledScheme.Analyze("The river floods the valley. The River floods THE valley again, and the farmers move to the hills.");

        // river, floods, valley, farmers, move, hills ("again" is a function word)
        Assert.Equal(6, DevelopmentCheck.DistinctContentWords(document));
    }

    [Fact]
    public void Grade_RubricWithoutDevelopmentSignals_DoesNotMeasureThem()
    {
        var grade = BundledScheme.Grader.Grade(Essays.Read("balanced-mid"));

        Assert.DoesNotContain(grade.Signals, s => s.Name is SignalCatalog.DevelopmentLength or SignalCatalog.LanguageRange or SignalCatalog.LanguageSophistication);
    }

    [Fact]
    public void Grade_LongerAndRicherEssay_HigherDevelopmentSignalsWithoutAnyPenaltyOverTheGuide()
    {
        var grader = new EssayGrader(SchemeWeighingDevelopment(guideMax: 300));
        var essay = Essays.Read("balanced-mid");
        var opening = Essays.Paragraphs(essay)[0];

        var thin = grader.Grade(opening);
        var developed = grader.Grade(essay);

        Assert.InRange(developed.Statistics.Words, 400, 2000);
        Assert.InRange(Signal(thin, SignalCatalog.DevelopmentLength), 0, 0.5);
        Assert.InRange(Signal(developed, SignalCatalog.DevelopmentLength), 0.55, 1);
        Assert.True(Signal(developed, SignalCatalog.DevelopmentLength) > Signal(thin, SignalCatalog.DevelopmentLength));
        Assert.True(Signal(developed, SignalCatalog.LanguageSophistication) > Signal(thin, SignalCatalog.LanguageSophistication));
        Assert.True(Signal(developed, SignalCatalog.LanguageRange) > Signal(thin, SignalCatalog.LanguageRange));
        Assert.True(developed.Criteria.Single(c => c.Id == "development").Mark > thin.Criteria.Single(c => c.Id == "development").Mark);
    }

    private static double Signal(Grader.Scoring.GradeResult grade, string name) => grade.Signals.Single(s => s.Name == name).Value;
}
