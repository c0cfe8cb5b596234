using System.Diagnostics;
using Grader.Calibration;

namespace Grader.Cli.Commands.Evaluation;

/// <summary>
/// The standard ASAP-AES protocol with the calibration code: for each prompt and fold, a holistic mark scheme and a
/// calibration are trained on the fold's train + dev essays only, the test essays are graded and calibrated, and QWK is
/// measured on the test essays. Per-prompt QWK is the mean over folds; the headline is the mean over prompts. With a
/// <c>trainSize</c>, the teacher's situation: the scheme and calibration are trained on that many essays drawn at random
/// from the fold's training essays (<c>draws</c> draws with fixed seeds, their QWK averaged).
/// </summary>
internal static class AsapEvaluation
{
    public static AsapPromptResult EvaluatePrompt(AsapDataset data, AsapPrompt prompt, IReadOnlyList<AsapFold> folds, int seed, int trainSize = 0, int draws = 1)
    {
        var stopwatch = Stopwatch.StartNew();
        var essays = data.Essays.Values.Where(e => e.Prompt == prompt.Set).ToDictionary(e => e.Id);
        var foldQwk = new double[folds.Count];
        var engineQwk = new double[folds.Count];
        for (var f = 0; f < folds.Count; f++)
        {
            var fold = folds[f];
            var allTraining = fold.TrainIds.Where(essays.ContainsKey).Select(id => essays[id]).ToArray();
            var test = fold.TestIds.Where(essays.ContainsKey).Select(id => essays[id]).ToArray();
            var truth = test.Select(e => e.Score - prompt.MinScore).ToArray();
            var samples = trainSize > 0 ? draws : 1;
            for (var draw = 0; draw < samples; draw++)
            {
                var training = trainSize > 0 ? Draw(allTraining, trainSize, seed + (1000 * draw) + fold.Number) : allTraining;
                var (predicted, engine) = GradeTest(prompt, training, test, seed);
                foldQwk[f] += QuadraticWeightedKappa(truth, predicted, prompt.Range) / samples;
                engineQwk[f] += QuadraticWeightedKappa(truth, engine, prompt.Range) / samples;
            }
        }

        var rated = essays.Values.Where(e => e.Rater1 is not null && e.Rater2 is not null).ToArray();
        var raterMin = rated.Min(e => Math.Min(e.Rater1!.Value, e.Rater2!.Value));
        var raterMax = rated.Max(e => Math.Max(e.Rater1!.Value, e.Rater2!.Value));
        var humanHuman = QuadraticWeightedKappa(rated.Select(e => e.Rater1!.Value - raterMin).ToArray(), rated.Select(e => e.Rater2!.Value - raterMin).ToArray(), raterMax - raterMin);
        return new AsapPromptResult(prompt, essays.Count, foldQwk, foldQwk.Average(), humanHuman, engineQwk.Average(), stopwatch.Elapsed);
    }

    /// <summary>The calibrated and the engine's own marks of the test essays, the scheme and calibration trained on <paramref name="training"/>.</summary>
    private static (int[] Calibrated, int[] Engine) GradeTest(AsapPrompt prompt, IReadOnlyList<AsapEssay> training, IReadOnlyList<AsapEssay> test, int seed)
    {
        var scheme = AsapRubricBuilder.Build(prompt, training, seed);
        var calibration = TeacherCalibration.Train(
            scheme,
            training.Select(e => AsapRubricBuilder.ToMarkedScript(e, prompt)).ToArray(),
            new CalibrationOptions { Seed = seed, BootstrapResamples = 0 });
        var grader = new EssayGrader(scheme);
        var predicted = new int[test.Count];
        var engine = new int[test.Count];
        Parallel.For(0, test.Count, i =>
        {
            var grade = grader.Grade(test[i].Text);
            predicted[i] = calibration.Model.Apply(grade, test[i].Text).Total;
            engine[i] = grade.Total;
        });
        return (predicted, engine);
    }

    /// <summary><paramref name="count"/> essays drawn without replacement by a generator seeded with <paramref name="seed"/> (all of them when there are fewer).</summary>
    private static AsapEssay[] Draw(AsapEssay[] essays, int count, int seed)
    {
        var shuffled = essays.OrderBy(e => e.Id).ToArray();
        new Random(seed).Shuffle(shuffled);
        return shuffled.Take(count).ToArray();
    }

    private static double QuadraticWeightedKappa(int[] truth, int[] predicted, int max) =>
        AgreementStatistics.QuadraticWeightedKappa(truth, predicted, 0, max);
}
