using System.Runtime.CompilerServices;
using Grader.Cli.Console;
using Grader.Cli.NativeBuild;

namespace Grader.Cli.Commands;

/// <summary>Loads the mark scheme a command names (or the bundled one), reporting problems and notices on standard error.</summary>
internal static class SchemeLoader
{
    public static MarkScheme? Load(CliConsole console, string? rubricOption, MarkSchemeLoadOptions? options = null)
    {
        var path = rubricOption is null ? DefaultRubric.Path : console.Resolve(rubricOption);
        if (rubricOption is null && !File.Exists(path))
        {
            console.Error.WriteLine($"error: no --rubric given, and the bundled question is not installed beside grader ({path}). Pass --rubric <file>, or reinstall grader.");
            return null;
        }

        // The native build never trains: a question that needs it hands the command to the .NET build, so the trainer, and
        // ML.NET with it, is compiled out of the native program.
        var result = RuntimeFeature.IsDynamicCodeSupported ? MarkSchemeTrainer.LoadOrTrain(path, options) : ManagedHandoff.LoadOrHandOff(path);
        foreach (var notice in result.Notices)
        {
            console.Error.WriteLine($"note: {notice}");
        }

        if (result.Value is { } scheme)
        {
            return scheme;
        }

        console.Error.WriteLine($"error: the mark scheme could not be loaded ({result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")}):");
        foreach (var problem in result.Problems)
        {
            console.Error.WriteLine($"  {problem}");
        }

        return null;
    }
}
