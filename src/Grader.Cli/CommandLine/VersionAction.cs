using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Grader.Cli.CommandLine;

/// <summary>Prints this tool's version (the informational version of the Grader.Cli assembly, whatever process hosts it).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine($"grader {Version}");
        return ExitCodes.Success;
    }
}
