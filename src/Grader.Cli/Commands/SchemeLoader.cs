using Grader.Cli.Console;

namespace Grader.Cli.Commands;

/// <summary>Loads the mark scheme a command names (or the bundled one), reporting problems and notices on standard error.</summary>
internal static class SchemeLoader
{
    public static MarkScheme? Load(CliConsole console, string? rubricOption, MarkSchemeLoadOptions? options = null)
    {
        var path = rubricOption is null ? DefaultRubric.Find(console.WorkingDirectory) : console.Resolve(rubricOption);
        if (path is null)
        {
            console.Error.WriteLine($"error: no --rubric given and the bundled rubric ({DefaultRubric.RelativePath}) was not found under the working directory. Pass --rubric <file>.");
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
