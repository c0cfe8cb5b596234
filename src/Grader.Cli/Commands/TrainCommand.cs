using System.CommandLine;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;
using Grader.Cli.Files;
using Grader.Cli.NativeBuild;
using Grader.Loading;

namespace Grader.Cli.Commands;

/// <summary><c>grader train [--rubric &lt;file&gt;] [--seed N]</c>: fits the similarity model and saves it beside the rubric.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var rubric = CliOptions.Rubric();
        var seed = CliOptions.Seed("training");
        var output = CliOptions.Path("--out", "Save the model here instead of at the rubric's 'similarityModel' path (marking reads only that path).", "file");
        var force = new Option<bool>("--force") { Description = "Replace a saved model that differs from the one trained now (by default that is refused, so a committed model is not overwritten by accident)." };
        var command = new Command("train", "Fit the similarity model to the rubric's model essay, key points and exemplars, and save it beside the rubric.")
        {
            rubric, seed, output, force,
        };
        command.SetAction(result => RuntimeFeature.IsDynamicCodeSupported ? Run(console, result.GetValue(rubric), result.GetValue(seed), result.GetValue(output) is { } o ? console.Resolve(o) : null, result.GetValue(force)) : ManagedHandoff.HandedOn());
        return command;
    }

    private static int Run(CliConsole console, string? rubric, int seed, string? outPath, bool force)
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

        var path = outPath ?? scheme.Rubric.Files.SimilarityModel;
        var files = scheme.Rubric.Files;
        var inputs = new[] { files.RubricPath, files.AnswerKey, files.ModelEssay }.Concat(files.Exemplars).OfType<string>().Select(f => new NamedFile("a file of the rubric", f));
        if (OutputGuard.Problem(inputs, [new NamedFile("the model", path)]) is { } clash)
        {
            console.Error.WriteLine($"error: {clash}");
            return ExitCodes.Usage;
        }

        using var trained = new MemoryStream();
        scheme.Resources.Similarity!.Save(trained);
        if (!force && File.Exists(path) && !SameBytes(path, trained))
        {
            console.Error.WriteLine($"error: {path} holds a different similarity model (trained on other inputs or with another --seed), and it was not replaced. Save this one elsewhere with --out <file>, or replace it with --force.");
            return ExitCodes.Failure;
        }

        var temporary = path + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, trained.ToArray());
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            console.Error.WriteLine($"error: {FileProblem.CannotWrite("the similarity model", path, exception)}");
            return ExitCodes.Failure;
        }

        console.Out.WriteLine($"Trained the similarity model ({scheme.DescribeSimilarityModel()}) in {stopwatch.ElapsedMilliseconds} ms and saved it to {path}");
        if (outPath is not null && outPath != files.SimilarityModel)
        {
            console.Error.WriteLine($"note: marking reads the model from {files.SimilarityModel} (the rubric's 'similarityModel'); this one is used only if it is moved there.");
        }

        return ExitCodes.Success;
    }

    private static bool SameBytes(string path, MemoryStream trained)
    {
        var saved = LimitedFile.ReadAllBytes(path, trained.Length);
        return saved is not null && saved.AsSpan().SequenceEqual(trained.GetBuffer().AsSpan(0, (int)trained.Length));
    }
}
