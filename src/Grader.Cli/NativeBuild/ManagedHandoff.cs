using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Grader.Cli.Console;
using Grader.Loading;

namespace Grader.Cli.NativeBuild;

/// <summary>
/// What the Native AOT build of grader (<c>dotnet publish src/Grader.Cli -c Release -r linux-x64 -p:PublishAot=true</c>)
/// runs itself, and what it hands to the .NET runtime build published beside it (<see cref="ManagedFolder"/>).
/// Native AOT cannot run ML.NET, which generates code while it runs, nor ASP.NET Core's reflection-built endpoints; so
/// <c>calibrate</c>, <c>train</c>, <c>init</c>, <c>evaluate</c> and <c>serve</c> run there (decided from the command
/// line), and so do <c>mark</c>, <c>explain</c> and <c>check</c> when the question does not load as it is (its saved
/// similarity model is missing or stale and must be trained in memory, or the files have problems, which that build
/// reports: decided when the question is loaded). Marking with a saved model, merging and help run natively: start-up
/// in milliseconds instead of the JIT compiler's second.
/// </summary>
internal static class ManagedHandoff
{
    /// <summary>The folder, beside the native program, that holds the .NET runtime build.</summary>
    public const string ManagedFolder = "managed";

    /// <summary>The .NET runtime build's launcher (it finds the runtime as any .NET program does).</summary>
    private static readonly string ManagedProgram = OperatingSystem.IsWindows() ? "Grader.Cli.exe" : "Grader.Cli";

    private const int SigTerm = 15;

    private static readonly HashSet<string> RuntimeCommands = ["calibrate", "train", "init", "evaluate", "serve"];

    /// <summary>True in the Native AOT build (no code can be generated at run time); false on the .NET runtime.</summary>
    public static bool IsNativeBuild => !RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>
    /// Why a parsed command line must run on the .NET runtime rather than in the native build, or null when the native
    /// build can run it (it may still hand it on later: see <see cref="LoadOrHandOff"/>). Help and version requests
    /// always run natively.
    /// </summary>
    public static string? Reason(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        if (!ReferenceEquals(parse.Action, command.Action) || command is RootCommand)
        {
            return null;
        }

        var name = TopCommand(parse);
        return !RuntimeCommands.Contains(name) ? null
            : name == "serve" ? "'grader serve' runs on the .NET runtime (ASP.NET Core)"
            : $"'grader {name}' trains with ML.NET, which runs only on the .NET runtime";
    }

    /// <summary>
    /// Loads a question as the native build can: with its saved similarity model. A question whose model is missing or
    /// stale (it must be trained in memory), or whose files have problems (the .NET build reports them as it always
    /// does), throws <see cref="ManagedHandoffException"/>; commands load their question before they read any input
    /// or touch any output, so the whole command can still be handed on.
    /// </summary>
    public static LoadResult<MarkScheme> LoadOrHandOff(string rubricPath)
    {
        var loaded = MarkScheme.Load(rubricPath);
        return loaded.Value is not null
            ? loaded
            : throw new ManagedHandoffException($"the question ({rubricPath}) needs its similarity model trained, or has problems to report, which the .NET runtime build does");
    }

    /// <summary>
    /// The action of a command the native build hands on (it never runs there). Each such action is written
    /// <c>RuntimeFeature.IsDynamicCodeSupported ? Run(…) : HandedOn()</c>: Native AOT compiles that test as false, so
    /// ML.NET and ASP.NET Core, reachable only from those actions, are left out of the native program.
    /// </summary>
    public static int HandedOn() => throw new UnreachableException("The native build hands this command to the .NET runtime build before it runs.");

    /// <summary>
    /// Runs the command line on the .NET runtime build beside this program (standard input, output and error are
    /// shared) and returns its exit code. A SIGTERM sent to this process is passed on; Ctrl+C reaches both processes
    /// from the terminal.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, string reason, CliConsole console, StopSignal stop)
    {
        var program = Path.Combine(AppContext.BaseDirectory, ManagedFolder, ManagedProgram);
        if (!File.Exists(program))
        {
            console.Error.WriteLine($"error: {reason}, and that build is not installed beside this native grader ({program}). Publish grader again (dotnet publish src/Grader.Cli -c Release -r <rid> -p:PublishAot=true), or run the command with 'dotnet run --project src/Grader.Cli -- …'.");
            return ExitCodes.Failure;
        }

        var start = new ProcessStartInfo(program) { UseShellExecute = false, WorkingDirectory = console.WorkingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process child;
        try
        {
            child = Process.Start(start) ?? throw new Win32Exception("no process was started");
        }
        catch (Win32Exception exception)
        {
            console.Error.WriteLine($"error: {reason}, and that build ({program}) could not be started ({exception.Message}). Publish grader again, or install the .NET 10 runtime it needs.");
            return ExitCodes.Failure;
        }

        using (child)
        using (stop.Token.Register(() => PassOnTermination(child, stop)))
        {
            child.WaitForExit();
            return child.ExitCode;
        }
    }

    /// <summary>The name of the command under the root (for 'grader evaluate asap', 'evaluate').</summary>
    private static string TopCommand(ParseResult parse)
    {
        var result = parse.CommandResult;
        while (result.Parent is System.CommandLine.Parsing.CommandResult parent && parent.Command is not RootCommand)
        {
            result = parent;
        }

        return result.Command.Name;
    }

    private static void PassOnTermination(Process child, StopSignal stop)
    {
        // Ctrl+C already reached the child from the terminal (same process group); a second SIGINT would end it abruptly.
        if (stop.ExitCode != ExitCodes.Terminated || OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            if (!child.HasExited)
            {
                _ = Kill(child.Id, SigTerm);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
