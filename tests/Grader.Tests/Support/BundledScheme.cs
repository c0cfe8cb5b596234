using Grader.Checks;

using Grader.Screening;
using Grader.Text;

namespace Grader.Tests.Support;

/// <summary>The bundled mark scheme (the seed question), loaded once for all tests: it is immutable and thread-safe.</summary>
internal static class BundledScheme
{
    private static readonly Lazy<MarkScheme> Scheme = new(() => MarkScheme.Load(RepositoryPaths.BundledRubric).GetValueOrThrow());

    private static readonly Lazy<EssayGrader> SharedGrader = new(() => new EssayGrader(Scheme.Value));

    /// <summary>
    /// The bundled rubric and answer key with another model essay (tests/Grader.Tests/Essays/strong-agree.txt), trained in
    /// memory once: for tests that mark the seed essay as a student's script, which the bundled scheme would rightly
    /// exclude as a copy of its own model essay.
    /// </summary>
    private static readonly Lazy<EssayGrader> SeedAsScriptGrader = new(() =>
        new EssayGrader(MarkSchemeTrainer.Train(Scheme.Value.Rubric, Scheme.Value.AnswerKey, Essays.Read("strong-agree"))));

    public static MarkScheme Value => Scheme.Value;

    /// <summary>A grader for which the seed essay is a student's script, not the model essay (see <see cref="SeedAsScriptGrader"/>).</summary>
    public static EssayGrader GraderWithAnotherModelEssay => SeedAsScriptGrader.Value;

    public static EssayGrader Grader => SharedGrader.Value;

    /// <summary>Analyses <paramref name="essay"/> and runs one check on it alone, returning the board it posted to.</summary>
    public static SignalBoard RunCheck(IEssayCheck check, string essay)
    {
        var document = Analyze(essay);
        var facts = EssayFacts.Build(document, Value.Resources.Vocabulary);
        var board = new SignalBoard(document);
        check.Run(facts, Value.Resources, board);
        return board;
    }

    public static EssayDocument Analyze(string essay) => Value.Analyzer.Analyze(essay);

    public static EssayFacts Facts(string essay) => EssayFacts.Build(Analyze(essay), Value.Resources.Vocabulary);

    /// <summary>Analyses <paramref name="essay"/> and runs one screen on it alone (with the bundled scheme's resources, or <paramref name="resources"/>).</summary>
    public static ScreenRun RunScreen(IEssayScreen screen, string essay, MarkingResources? resources = null)
    {
        var facts = Facts(essay);
        var board = new ScreeningBoard();
        screen.Screen(facts, resources ?? Value.Resources, board);
        return new ScreenRun(facts.Document, board);
    }

    /// <summary>Analyses <paramref name="essay"/> and runs every screen on it, as grading does (<see cref="EssayScreener"/>).</summary>
    public static ScreenRun RunScreener(string essay, NormalizerReport? normalizer = null)
    {
        var facts = Facts(essay);
        return new ScreenRun(facts.Document, EssayScreener.Screen(facts, Value.Resources, normalizer ?? NormalizerReport.None));
    }
}
