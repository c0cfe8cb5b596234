namespace Grader.Cli.Console;

/// <summary>
/// The streams a command talks to, injectable so tests can drive the CLI in process: standard output (results
/// only), standard error (messages, progress) and whether standard error is a terminal (progress is shown only then).
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, string WorkingDirectory)
{
    /// <summary>
    /// The process's streams. Standard output is written through <see cref="StandardOutputStream"/> (so a closed pipe is
    /// reported) with a buffer the caller must flush at the end; standard error shows text from files safely
    /// (<see cref="TerminalText"/>).
    /// </summary>
    public static CliConsole FromProcess() => new(
        new StreamWriter(StandardOutputStream.Open(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024),
        new TerminalWriter(System.Console.Error, allowCarriageReturn: true),
        !System.Console.IsErrorRedirected,
        Environment.CurrentDirectory)
    {
        StandardInput = System.Console.OpenStandardInput,
    };

    /// <summary>Opens standard input, for an input given as <c>-</c> (in tests: whatever stream the test supplies).</summary>
    public Func<Stream> StandardInput { get; init; } = () => Stream.Null;

    /// <summary>
    /// Called on the writing thread after each row <c>grader mark</c> writes, with the number written so far in this
    /// run. A seam for tests (cancel after N rows) and embedders; null in the real program.
    /// </summary>
    public Action<long>? RowWritten { get; init; }

    /// <summary>A path the user typed, made absolute against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
