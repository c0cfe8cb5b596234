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
    public void Grade_ScriptThatIsTheModelEssay_GradedAgainstTheAnswerKeyAlone()
    {
        var bundled = BundledScheme.Value;
        var modelEssay = bundled.ModelEssay!;
        var notes = new List<string>();

        var grades = OwnReferenceGrading.Grade(bundled, [Script("model", modelEssay)], seed: 1, notes);

        Assert.True(grades.ContainsKey("model"), string.Join("\n", notes));
        Assert.DoesNotContain(grades["model"].Flags, f => f.Code == FlagCodes.CopiedModelEssay);
        Assert.True(grades["model"].Total >= 20, $"the model essay held out of its own scheme: {grades["model"].Total}");
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
