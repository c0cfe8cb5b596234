using System.Diagnostics;
using Grader.Cli.Console;

namespace Grader.Cli.Commands;

/// <summary><c>grader train [--rubric &lt;file&gt;] [--seed N]</c>: fits the similarity model and saves it beside the rubric.</summary>
internal static class TrainCommand
{
    public const string Usage = "grader train [--rubric <file>] [--seed N]";

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ParsedArguments.Parse(args, ["rubric", "seed"], [], out var error);
        if (parsed is null || parsed.Positionals.Count != 0)
        {
            console.Error.WriteLine($"error: {(parsed is null ? error : "train takes no file arguments; name the rubric with --rubric.")}");
            console.Error.WriteLine($"usage: {Usage}");
            return ExitCodes.Usage;
        }

        var seed = 1;
        if (parsed.Option("seed") is { } seedText && !int.TryParse(seedText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out seed))
        {
            console.Error.WriteLine($"error: --seed must be a whole number, not '{seedText}'.");
            return ExitCodes.Usage;
        }

        var stopwatch = Stopwatch.StartNew();
        var scheme = SchemeLoader.Load(console, parsed.Option("rubric"), new MarkSchemeLoadOptions { RetrainSimilarityModel = true, Seed = seed });
        if (scheme is null)
        {
            return ExitCodes.Failure;
        }

        if (!scheme.HasSimilarityModel)
        {
            console.Error.WriteLine("error: the rubric names no model essay, key points or exemplars, so there is nothing to train a similarity model on.");
            return ExitCodes.Failure;
        }

        try
        {
            var path = scheme.SaveSimilarityModel();
            console.Out.WriteLine($"Trained the similarity model ({scheme.DescribeSimilarityModel()}) in {stopwatch.ElapsedMilliseconds} ms and saved it to {path}");
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot save the similarity model: {exception.Message}");
            return ExitCodes.Failure;
        }
    }
}
