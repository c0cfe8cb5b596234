using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Grader.Cli.CommandLine;
using Grader.Cli.Commands.Evaluation;
using Grader.Cli.Console;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader evaluate asap &lt;dir&gt;</c>: runs the standard ASAP-AES protocol (Taghipour &amp; Ng folds, per-prompt QWK
/// averaged over folds, mean over the 8 prompts) with the teacher-calibration code, prints the per-prompt table and ends
/// with <c>mean QWK 0.xxx</c>. The data is read from the folder given, never copied.
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
            DefaultValueFactory = _ => AsapPrompt.All.ToArray(),
            CustomParser = ParsePrompts,
        };
        var folds = CliOptions.WholeNumber("--folds", "Use only the first N of the 5 folds (default: all).", 1, int.MaxValue, int.MaxValue);
        var seed = CliOptions.Seed("the calibration's learners");
        var asap = new Command("asap", "The ASAP-AES protocol: Taghipour & Ng folds, per-prompt QWK averaged over folds, mean over the 8 prompts; ends with 'mean QWK 0.xxx'.")
        {
            folder, prompts, folds, seed,
        };
        asap.SetAction(result => Run(console, console.Resolve(result.GetValue(folder)!), result.GetValue(prompts)!, result.GetValue(folds), result.GetValue(seed)));
        return new Command("evaluate", "Measure the calibrated engine on a public benchmark.") { asap };
    }

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

    private static int Run(CliConsole console, string folder, AsapPrompt[] prompts, int folds, int seed)
    {
        var stopwatch = Stopwatch.StartNew();
        var data = AsapDataset.Read(folder, out var readProblem);
        if (data is null)
        {
            console.Error.WriteLine($"error: {readProblem}");
            return ExitCodes.Failure;
        }

        var usedFolds = data.Folds.Take(folds).ToArray();
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read {data.Essays.Count:N0} essays and {data.Folds.Count} folds in {stopwatch.Elapsed.TotalSeconds:N1} s; evaluating {prompts.Length} prompt(s) on {usedFolds.Length} fold(s)."));
        var results = new List<AsapPromptResult>();
        console.Out.WriteLine("| prompt | score range | essays | " + string.Join(" | ", usedFolds.Select(f => $"fold {f.Number}")) + " | QWK (mean of folds) | engine alone | rater 1 vs 2 | time |");
        console.Out.WriteLine("|---|---|---:|" + string.Concat(usedFolds.Select(_ => "---:|")) + "---:|---:|---:|---:|");
        foreach (var prompt in prompts)
        {
            var result = AsapEvaluation.EvaluatePrompt(data, prompt, usedFolds, seed);
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
