using Grader.Calibration;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Training.Tests.Calibration;

public sealed class OwnReferenceGradingTests
{
    [Fact]
    public void Grade_ScriptThatIsAnExemplar_GradedByTheSchemeWithoutItNotAsACopyOfItself()
    {
        var bundled = BundledScheme.Value;
        var exemplar = Essays.Read("balanced-mid");
        var scheme = MarkSchemeTrainer.Train(bundled.Rubric, bundled.AnswerKey, bundled.ModelEssay, [Essays.Read("strong-agree"), exemplar]);
        var asItIs = new EssayGrader(scheme).Grade(exemplar);
        var scripts = new[]
        {
            Script("ex", exemplar.Replace("\n", "\r\n", StringComparison.Ordinal)),
            Script("other", Essays.Read("judgement-only-body")),
        };
        var notes = new List<string>();

        var grades = OwnReferenceGrading.Grade(scheme, scripts, seed: 1, notes);

        Assert.Contains(asItIs.Flags, f => f.Code == FlagCodes.CopiedModelEssay);
        Assert.Equal(["ex"], grades.Keys);
        Assert.DoesNotContain(grades["ex"].Flags, f => f.Code == FlagCodes.CopiedModelEssay);
        Assert.True(grades["ex"].Total > asItIs.Total + 5, $"held out {grades["ex"].Total} against {asItIs.Total} as its own reference");
        Assert.Contains(notes, n => n.Contains("'ex'", StringComparison.Ordinal));
    }

    [Fact]
    public void Grade_NoScriptIsAReference_GradesNothing()
    {
        var notes = new List<string>();

        var grades = OwnReferenceGrading.Grade(BundledScheme.Value, [Script("other", Essays.Read("balanced-mid"))], seed: 1, notes);

        Assert.Empty(grades);
        Assert.Empty(notes);
    }

    private static CalibrationScript Script(string id, string text) =>
        new(id, text, [new MarkedScript(id, text, 15, new Dictionary<string, int>())]);
}
