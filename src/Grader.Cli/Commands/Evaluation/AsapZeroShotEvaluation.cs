using System.Diagnostics;
using Grader.Calibration;
using Grader.Checks;
using Grader.Drafting;
using Grader.Loading;
using Grader.Scoring;

namespace Grader.Cli.Commands.Evaluation;

/// <summary>
/// The zero-shot protocol: for each prompt and fold, a scheme is drafted as <c>grader init</c> drafts one, from the
/// prompt's one-line description as the question and the fold's best-marked training essays as the model essay and
/// exemplars (the marks choose those essays and nothing else: no weight, cut-point or calibration is learned from them),
/// and the test essays are graded. Reported: Pearson's r of the engine total with the human score, beside word count alone
/// and the engine's raw whole-essay similarity to the model essays, each the mean over folds.
/// </summary>
internal static class AsapZeroShotEvaluation
{
    /// <summary>How many of the best-marked training essays the scheme is drafted from (the first is the model essay).</summary>
    public const int ModelEssays = 20;

    /// <summary>The template the schemes are drafted with unless another is chosen.</summary>
    public const SchemeTemplate DefaultTemplate = SchemeTemplate.Holistic;

    public static AsapZeroShotResult EvaluatePrompt(AsapDataset data, AsapPrompt prompt, IReadOnlyList<AsapFold> folds, int seed, SchemeTemplate template)
    {
        var stopwatch = Stopwatch.StartNew();
        var essays = data.Essays.Values.Where(e => e.Prompt == prompt.Set).ToDictionary(e => e.Id);
        var engineR = new double[folds.Count];
        var wordsR = new double[folds.Count];
        var similarityR = new double[folds.Count];
        var offTopic = 0;
        var graded = 0;
        for (var f = 0; f < folds.Count; f++)
        {
            var training = folds[f].TrainIds.Where(essays.ContainsKey).Select(id => essays[id]).ToArray();
            var test = folds[f].TestIds.Where(essays.ContainsKey).Select(id => essays[id]).ToArray();
            var grader = new EssayGrader(Draft(prompt, training, seed, template));
            var totals = new double[test.Length];
            var similarity = new double[test.Length];
            var words = new double[test.Length];
            Parallel.For(0, test.Length, i =>
            {
                var grade = grader.Grade(test[i].Text);
                totals[i] = grade.Total;
                similarity[i] = grade.Signals.FirstOrDefault(s => s.Name == SignalCatalog.SimilarityEssay)?.Value ?? 0;
                words[i] = WordCount(test[i].Text);
                if (grade.Flags.Any(flag => flag.Code == FlagCodes.OffTopic))
                {
                    Interlocked.Increment(ref offTopic);
                }
            });
            graded += test.Length;
            var human = test.Select(e => (double)e.Score).ToArray();
            engineR[f] = AgreementStatistics.Pearson(human, totals);
            wordsR[f] = AgreementStatistics.Pearson(human, words);
            similarityR[f] = AgreementStatistics.Pearson(human, similarity);
        }

        return new AsapZeroShotResult(prompt, essays.Count, engineR, engineR.Average(), wordsR.Average(), similarityR.Average(), (double)offTopic / graded, stopwatch.Elapsed);
    }

    /// <summary>Words as the baseline counts them: runs of characters between white space.</summary>
    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The scheme <c>grader init</c> drafts with <paramref name="template"/> from the prompt and the fold's best-marked training essays.</summary>
    public static MarkScheme Draft(AsapPrompt prompt, IReadOnlyList<AsapEssay> training, int seed, SchemeTemplate template)
    {
        var best = training.OrderByDescending(e => e.Score).ThenBy(e => e.Id).Take(ModelEssays)
            .Select((e, i) => new DraftSource(i == 0 ? QuestionDrafter.ModelEssayFile : $"exemplar-{i}.txt", e.Text))
            .ToArray();
        var problems = new List<LoadProblem>();
        var draft = QuestionDrafter.Draft(new DraftRequest($"asap-{prompt.Set}", $"ASAP-AES prompt {prompt.Set}", prompt.Description, best, template, null), problems)
            ?? throw new InvalidOperationException($"Prompt {prompt.Set}: the scheme could not be drafted: {string.Join("; ", problems)}");
        return MarkSchemeTrainer.Train(draft.Rubric, draft.AnswerKey, draft.ModelEssay.Text, draft.Exemplars.Select(e => e.Text).ToArray(), seed);
    }
}
