using System.Runtime.InteropServices;
using Grader.Cli;
using Grader.Cli.Console;

StartupProfile.Start(args);

// Ctrl+C (SIGINT) and SIGTERM both stop a run cleanly: rows already marked are written whole, the output is flushed
// and the exit code says which signal it was (130, 143). A second signal while stopping gets the default behaviour.
using var stop = new StopSignal();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = Stop(ExitCodes.Interrupted));
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => context.Cancel = Stop(ExitCodes.Terminated));

return GraderApp.Run(args, CliConsole.FromProcess(), stop);

// A stop is asked for; if the command has not ended a while later (it may be waiting for input on a pipe that never
// comes), the process ends with the signal's exit code anyway: whatever it wrote is whole rows, which --resume checks.
bool Stop(int exitCode)
{
    if (!stop.Request(exitCode))
    {
        return false;
    }

    _ = Task.Delay(TimeSpan.FromSeconds(10)).ContinueWith(_ =>
    {
        Console.Error.WriteLine($"{stop.Cause}: the command did not end within 10 s of the signal, so it was ended.");
        Environment.Exit(exitCode);
    }, TaskScheduler.Default);
    return true;
}
