using System.CommandLine;
using System.Diagnostics;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;

namespace Grader.Cli.Commands;

/// <summary><c>grader train [--rubric &lt;file&gt;] [--seed N]</c>: fits the similarity model and saves it beside the rubric.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var rubric = CliOptions.Rubric();
        var seed = CliOptions.Seed("training");
        var command = new Command("train", "Fit the similarity model to the rubric's model essay, key points and exemplars, and save it beside the rubric.")
        {
            rubric, seed,
        };
        command.SetAction(result => Run(console, result.GetValue(rubric), result.GetValue(seed)));
        return command;
    }

    private static int Run(CliConsole console, string? rubric, int seed)
    {
        var stopwatch = Stopwatch.StartNew();
        var scheme = SchemeLoader.Load(console, rubric, new MarkSchemeLoadOptions { RetrainSimilarityModel = true, Seed = seed });
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
