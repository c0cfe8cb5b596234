using System.Diagnostics;
using System.Globalization;
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
    public const string Usage = "grader evaluate asap <dataset folder> [--prompts 1,2,…] [--folds N] [--seed N]";

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ParsedArguments.Parse(args, ["prompts", "folds", "seed"], [], out var error);
        if (parsed is null || parsed.Positionals.Count != 2 || parsed.Positionals[0] != "asap")
        {
            console.Error.WriteLine($"error: {(parsed is null ? error : "name the benchmark and its folder: evaluate asap <folder>.")}");
            console.Error.WriteLine($"usage: {Usage}");
            return ExitCodes.Usage;
        }

        var problems = new List<string>();
        var prompts = AsapPrompt.All.ToList();
        if (parsed.Option("prompts") is { } promptText)
        {
            var chosen = promptText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            prompts = [];
            foreach (var item in chosen)
            {
                if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var set) && set is >= 1 and <= 8)
                {
                    prompts.Add(AsapPrompt.All[set - 1]);
                }
                else
                {
                    problems.Add($"--prompts takes prompt numbers 1 to 8 separated by commas, not '{item}'.");
                }
            }
        }

        var folds = int.MaxValue;
        if (parsed.Option("folds") is { } foldText && (!int.TryParse(foldText, NumberStyles.None, CultureInfo.InvariantCulture, out folds) || folds < 1))
        {
            problems.Add($"--folds must be a whole number of at least 1, not '{foldText}'.");
        }

        var seed = 1;
        if (parsed.Option("seed") is { } seedText && !int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            problems.Add($"--seed must be a whole number, not '{seedText}'.");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                console.Error.WriteLine($"error: {problem}");
            }

            console.Error.WriteLine($"usage: {Usage}");
            return ExitCodes.Usage;
        }

        var stopwatch = Stopwatch.StartNew();
        var data = AsapDataset.Read(console.Resolve(parsed.Positionals[1]), out var readProblem);
        if (data is null)
        {
            console.Error.WriteLine($"error: {readProblem}");
            return ExitCodes.Failure;
        }

        var usedFolds = data.Folds.Take(folds).ToArray();
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read {data.Essays.Count:N0} essays and {data.Folds.Count} folds in {stopwatch.Elapsed.TotalSeconds:N1} s; evaluating {prompts.Count} prompt(s) on {usedFolds.Length} fold(s)."));
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
