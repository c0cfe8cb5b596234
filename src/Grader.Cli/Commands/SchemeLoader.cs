using Grader.Cli.Console;

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

        var result = MarkSchemeTrainer.LoadOrTrain(path, options);
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
