using Grader.Cli.Console;

namespace Grader.Cli.Files;

/// <summary>
/// Where a command reads a file from: a path, or standard input when the user gives <c>-</c>. <see cref="Name"/> names it
/// in messages; <see cref="Path"/> is null for standard input (which has no length, cannot be read twice, and is no file
/// an output could overwrite).
/// </summary>
internal sealed record InputSource(string Name, string? Path, Func<Stream> Open)
{
    public const string StandardInputArgument = "-";

    public bool IsStandardInput => Path is null;

    /// <summary>The input the user named with <paramref name="argument"/> (<c>-</c>: standard input).</summary>
    public static InputSource For(string argument, CliConsole console)
    {
        if (argument == StandardInputArgument)
        {
            return new InputSource("standard input", null, console.StandardInput);
        }

        var path = console.Resolve(argument);
        return new InputSource(System.IO.Path.GetFileName(path), path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
    }

    /// <summary>The stream, or null and a message that says what to do when it cannot be opened.</summary>
    public Stream? TryOpen(string role, out string problem)
    {
        problem = "";
        try
        {
            return Open();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = FileProblem.CannotRead(role, Path ?? Name, exception);
            return null;
        }
    }
}
