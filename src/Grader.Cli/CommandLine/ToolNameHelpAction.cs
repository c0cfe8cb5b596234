using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Grader.Cli.CommandLine;

/// <summary>
/// The library's help, with the usage lines naming the command <c>grader</c>. System.CommandLine names the root command
/// after the executable, which is <c>Grader.Cli</c> under <c>dotnet run</c> and in the tool package (the assembly cannot be
/// called <c>grader</c>: assembly names ignore case, and the library is <c>Grader</c>).
/// </summary>
internal sealed class ToolNameHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var captured = new StringWriter();
        parseResult.InvocationConfiguration.Output = captured;
        try
        {
            help.Invoke(parseResult);
        }
        finally
        {
            parseResult.InvocationConfiguration.Output = output;
        }

        output.Write(captured.ToString().Replace("\n  " + RootCommand.ExecutableName + " ", "\n  grader ", StringComparison.Ordinal));
        return ExitCodes.Success;
    }
}
