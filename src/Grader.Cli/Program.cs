using Grader.Cli;
using Grader.Cli.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return GraderApp.Run(args, CliConsole.FromProcess(), cancellation.Token);
