using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Grader.Cli.CommandLine;
using Grader.Cli.Commands.Evaluation;
using Grader.Cli.Console;
using Grader.Cli.NativeBuild;
using Grader.Drafting;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader evaluate asap &lt;dir&gt;</c>: runs the standard ASAP-AES protocol (Taghipour &amp; Ng folds, per-prompt QWK
/// averaged over folds, mean over the 8 prompts) with the teacher-calibration code, prints the per-prompt table and ends
/// with <c>mean QWK 0.xxx</c>; <c>--train-size N</c> trains on N randomly drawn essays per prompt and fold instead, and
/// <c>--zero-shot</c> learns from no marks (a scheme drafted from the prompt and the best-marked essays) and ends with
/// <c>mean r 0.xxx</c>. The data is read from the folder given, never copied.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "The ASAP-AES data set folder (training_set_rel3.tsv and the fold files); read, never copied." };
        var prompts = new Option<AsapPrompt[]>("--prompts")
        {
            Description = "The prompts to evaluate, numbers 1 to 8 separated by commas (default: all 8).",
            HelpName = "1,2,…",
            CustomParser = ParsePrompts,
        };
        var folds = CliOptions.WholeNumber("--folds", "Use only the first N of the 5 folds.", 1, int.MaxValue, 5);
        var seed = CliOptions.Seed("the calibration's learners");
        var zeroShot = new Option<bool>("--zero-shot") { Description = "Learn from no marks: draft each prompt's scheme as 'grader init' would, from the prompt and the fold's best-marked essays, and report Pearson's r of the engine total with the human score (ends with 'mean r 0.xxx')." };
        var trainSize = CliOptions.WholeNumber("--train-size", "Train the scheme and calibration on N essays drawn at random from each fold's training essays (the teacher's situation) instead of all of them.", 10, int.MaxValue, 0);
        var draws = CliOptions.WholeNumber("--draws", "With --train-size: how many random draws (fixed seeds) to average.", 1, 100, 3);
        var template = CliOptions.Template($"With --zero-shot: the 'grader init' template the schemes are drafted with (default: {SchemeTemplates.NameOf(AsapZeroShotEvaluation.DefaultTemplate)}).");
        var asap = new Command("asap", "The ASAP-AES protocol: Taghipour & Ng folds, per-prompt QWK averaged over folds, mean over the 8 prompts; ends with 'mean QWK 0.xxx'.")
        {
            folder, prompts, folds, seed, zeroShot, template, trainSize, draws,
        };
        asap.Validators.Add(result =>
        {
            if (result.GetValue(zeroShot) && result.GetValue(trainSize) > 0)
            {
                result.AddError("--zero-shot learns from no marks, so it cannot take --train-size: give one or the other.");
            }

            if (!result.GetValue(zeroShot) && result.GetValue(template) is not null)
            {
                result.AddError("--template chooses how --zero-shot drafts its schemes: give it with --zero-shot, or leave it out.");
            }
        });
        asap.SetAction(result => RuntimeFeature.IsDynamicCodeSupported
            ? result.GetValue(zeroShot)
                ? RunZeroShot(console, console.Resolve(result.GetValue(folder)!), Chosen(result.GetValue(prompts)), result.GetValue(folds), result.GetValue(seed), result.GetValue(template) ?? AsapZeroShotEvaluation.DefaultTemplate)
                : Run(console, console.Resolve(result.GetValue(folder)!), Chosen(result.GetValue(prompts)), result.GetValue(folds), result.GetValue(seed), result.GetValue(trainSize), result.GetValue(draws))
            : ManagedHandoff.HandedOn());
        return new Command("evaluate", "Measure the calibrated engine on a public benchmark.") { asap };
    }

    /// <summary>The prompts given with --prompts, or all 8 when it was not given (an absent array option reads as empty).</summary>
    private static AsapPrompt[] Chosen(AsapPrompt[]? prompts) => prompts is { Length: > 0 } ? prompts : [.. AsapPrompt.All];

    private static AsapPrompt[] ParsePrompts(System.CommandLine.Parsing.ArgumentResult result)
    {
        var chosen = new List<AsapPrompt>();
        foreach (var item in string.Join(',', result.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var set) && set is >= 1 and <= 8)
            {
                chosen.Add(AsapPrompt.All[set - 1]);
            }
            else
            {
                result.AddError($"--prompts takes prompt numbers 1 to 8 separated by commas, not '{item}'.");
            }
        }

        return chosen.ToArray();
    }

    private static AsapDataset? Read(CliConsole console, string folder, AsapPrompt[] prompts, int folds, Stopwatch stopwatch, out AsapFold[] usedFolds)
    {
        usedFolds = [];
        var data = AsapDataset.Read(folder, out var readProblem);
        if (data is null)
        {
            console.Error.WriteLine($"error: {readProblem}");
            return null;
        }

        usedFolds = data.Folds.Take(folds).ToArray();
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read {data.Essays.Count:N0} essays and {data.Folds.Count} folds in {stopwatch.Elapsed.TotalSeconds:N1} s; evaluating {prompts.Length} prompt(s) on {usedFolds.Length} fold(s)."));
        return data;
    }

    private static int RunZeroShot(CliConsole console, string folder, AsapPrompt[] prompts, int folds, int seed, SchemeTemplate template)
    {
        var stopwatch = Stopwatch.StartNew();
        if (Read(console, folder, prompts, folds, stopwatch, out var usedFolds) is not { } data)
        {
            return ExitCodes.Failure;
        }

        var results = new List<AsapZeroShotResult>();
        console.Out.WriteLine($"Zero-shot: each fold's scheme drafted from the prompt and its {AsapZeroShotEvaluation.ModelEssays} best-marked training essays ({SchemeTemplates.NameOf(template)} template); no marks learned from. Pearson r with the human score on the test essays, mean of folds.");
        console.Out.WriteLine("| prompt | essays | " + string.Join(" | ", usedFolds.Select(f => $"fold {f.Number}")) + " | engine total r | word count r | similarity r | flagged off-topic | time |");
        console.Out.WriteLine("|---|---:|" + string.Concat(usedFolds.Select(_ => "---:|")) + "---:|---:|---:|---:|---:|");
        foreach (var prompt in prompts)
        {
            var result = AsapZeroShotEvaluation.EvaluatePrompt(data, prompt, usedFolds, seed, template);
            results.Add(result);
            console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {prompt.Set} | {result.Essays:N0} | {string.Join(" | ", result.FoldR.Select(r => r.ToString("0.000", CultureInfo.InvariantCulture)))} | **{result.MeanR:0.000}** | {result.WordCountR:0.000} | {result.SimilarityR:0.000} | {result.OffTopicShare:P0} | {result.Elapsed.TotalSeconds:N0} s |"));
        }

        var mean = results.Average(r => r.MeanR);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| mean | {results.Sum(r => r.Essays):N0} | {string.Concat(usedFolds.Select(_ => " |"))} **{mean:0.000}** | {results.Average(r => r.WordCountR):0.000} | {results.Average(r => r.SimilarityR):0.000} | {results.Average(r => r.OffTopicShare):P0} | {stopwatch.Elapsed.TotalSeconds:N0} s |"));
        console.Out.WriteLine();
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run time {stopwatch.Elapsed.TotalSeconds:N0} s on {Environment.ProcessorCount} cores"));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean r {mean:0.000}"));
        return ExitCodes.Success;
    }

    private static int Run(CliConsole console, string folder, AsapPrompt[] prompts, int folds, int seed, int trainSize, int draws)
    {
        var stopwatch = Stopwatch.StartNew();
        if (Read(console, folder, prompts, folds, stopwatch, out var usedFolds) is not { } data)
        {
            return ExitCodes.Failure;
        }

        if (trainSize > 0)
        {
            console.Out.WriteLine($"Scheme and calibration trained on {trainSize} essays drawn at random from each fold's training essays, {draws} draw(s) with fixed seeds; QWK is the mean over draws.");
        }
        var results = new List<AsapPromptResult>();
        console.Out.WriteLine("| prompt | score range | essays | " + string.Join(" | ", usedFolds.Select(f => $"fold {f.Number}")) + " | QWK (mean of folds) | engine alone | rater 1 vs 2 | time |");
        console.Out.WriteLine("|---|---|---:|" + string.Concat(usedFolds.Select(_ => "---:|")) + "---:|---:|---:|---:|");
        foreach (var prompt in prompts)
        {
            var result = AsapEvaluation.EvaluatePrompt(data, prompt, usedFolds, seed, trainSize, draws);
            results.Add(result);
            console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {prompt.Set} | {prompt.MinScore}–{prompt.MaxScore} | {result.Essays:N0} | {string.Join(" | ", result.FoldQwk.Select(q => q.ToString("0.000", CultureInfo.InvariantCulture)))} | **{result.MeanQwk:0.000}** | {result.EngineOnlyQwk:0.000} | {result.HumanHumanQwk:0.000} | {result.Elapsed.TotalSeconds:N0} s |"));
        }

        var mean = results.Average(r => r.MeanQwk);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| mean | | {results.Sum(r => r.Essays):N0} | {string.Concat(usedFolds.Select(_ => " |"))} **{mean:0.000}** | {results.Average(r => r.EngineOnlyQwk):0.000} | {results.Average(r => r.HumanHumanQwk):0.000} | {stopwatch.Elapsed.TotalSeconds:N0} s |"));
        console.Out.WriteLine();
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run time {stopwatch.Elapsed.TotalSeconds:N0} s on {Environment.ProcessorCount} cores"));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean QWK {mean:0.000}"));
        return ExitCodes.Success;
    }
}
