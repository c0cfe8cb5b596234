using System.Diagnostics;
using Grader.Calibration;

namespace Grader.Cli.Commands.Evaluation;

/// <summary>
/// The standard ASAP-AES protocol with the calibration code: for each prompt and fold, a holistic mark scheme and a
/// calibration are trained on the fold's train + dev essays only, the test essays are graded and calibrated, and QWK is
/// measured on the test essays. Per-prompt QWK is the mean over folds; the headline is the mean over prompts.
/// </summary>
internal static class AsapEvaluation
{
    public static AsapPromptResult EvaluatePrompt(AsapDataset data, AsapPrompt prompt, IReadOnlyList<AsapFold> folds, int seed)
    {
        var stopwatch = Stopwatch.StartNew();
        var essays = data.Essays.Values.Where(e => e.Prompt == prompt.Set).ToDictionary(e => e.Id);
        var foldQwk = new double[folds.Count];
        var engineQwk = new double[folds.Count];
        for (var f = 0; f < folds.Count; f++)
        {
            var fold = folds[f];
            var training = fold.TrainIds.Where(essays.ContainsKey).Select(id => essays[id]).ToArray();
            var test = fold.TestIds.Where(essays.ContainsKey).Select(id => essays[id]).ToArray();
            var scheme = AsapRubricBuilder.Build(prompt, training, seed);
            var calibration = TeacherCalibration.Train(
                scheme,
                training.Select(e => AsapRubricBuilder.ToMarkedScript(e, prompt)).ToArray(),
                new CalibrationOptions { Seed = seed, BootstrapResamples = 0 });
            var grader = new EssayGrader(scheme);
            var predicted = new int[test.Length];
            var engine = new int[test.Length];
            Parallel.For(0, test.Length, i =>
            {
                var grade = grader.Grade(test[i].Text);
                predicted[i] = calibration.Model.Apply(grade, test[i].Text).Total;
                engine[i] = grade.Total;
            });
            var truth = test.Select(e => e.Score - prompt.MinScore).ToArray();
            foldQwk[f] = QuadraticWeightedKappa(truth, predicted, prompt.Range);
            engineQwk[f] = QuadraticWeightedKappa(truth, engine, prompt.Range);
        }

        var rated = essays.Values.Where(e => e.Rater1 is not null && e.Rater2 is not null).ToArray();
        var raterMin = rated.Min(e => Math.Min(e.Rater1!.Value, e.Rater2!.Value));
        var raterMax = rated.Max(e => Math.Max(e.Rater1!.Value, e.Rater2!.Value));
        var humanHuman = QuadraticWeightedKappa(rated.Select(e => e.Rater1!.Value - raterMin).ToArray(), rated.Select(e => e.Rater2!.Value - raterMin).ToArray(), raterMax - raterMin);
        return new AsapPromptResult(prompt, essays.Count, foldQwk, foldQwk.Average(), humanHuman, engineQwk.Average(), stopwatch.Elapsed);
    }

    private static double QuadraticWeightedKappa(int[] truth, int[] predicted, int max) =>
        AgreementStatistics.QuadraticWeightedKappa(truth, predicted, 0, max);
}
