using System.Runtime.InteropServices;
using Grader.Cli;
using Grader.Cli.Console;

// Ctrl+C (SIGINT) and SIGTERM both stop a run cleanly: rows already marked are written whole, the output is flushed
// and the exit code says which signal it was (130, 143). A second signal while stopping gets the default behaviour.
using var stop = new StopSignal();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = stop.Request(ExitCodes.Interrupted));
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => context.Cancel = stop.Request(ExitCodes.Terminated));

return GraderApp.Run(args, CliConsole.FromProcess(), stop);
