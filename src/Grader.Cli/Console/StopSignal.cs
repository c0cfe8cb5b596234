namespace Grader.Cli.Console;

/// <summary>
/// A request to stop a run early, from Ctrl+C (SIGINT) or SIGTERM (sent by <c>timeout</c>, container stops and
/// schedulers): the token commands watch, and the exit code and words that say how the run was stopped. The first
/// request wins; a second one reports that it was not the first, so the program can let the default handling kill it.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private int _exitCode;

    public CancellationToken Token => _source.Token;

    public bool IsRequested => _source.IsCancellationRequested;

    /// <summary><see cref="ExitCodes.Interrupted"/> (Ctrl+C) or <see cref="ExitCodes.Terminated"/> (SIGTERM).</summary>
    public int ExitCode => Volatile.Read(ref _exitCode) is var code and not 0 ? code : ExitCodes.Interrupted;

    /// <summary>"Interrupted" or "Stopped by SIGTERM", to start the message printed on stopping.</summary>
    public string Cause => ExitCode == ExitCodes.Terminated ? "Stopped by SIGTERM" : "Interrupted";

    /// <summary>Asks the run to stop, exiting with <paramref name="exitCode"/>; false when a stop was already asked for.</summary>
    public bool Request(int exitCode)
    {
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) != 0)
        {
            return false;
        }

        _source.Cancel();
        return true;
    }

    public void Dispose() => _source.Dispose();
}
