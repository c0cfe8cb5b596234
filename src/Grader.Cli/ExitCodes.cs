namespace Grader.Cli;

/// <summary>The process exit codes the grader command returns (documented in README).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was marked (status ok or review).</summary>
    public const int Success = 0;

    /// <summary>The run finished, but at least one essay could not be marked (an error row).</summary>
    public const int RowErrors = 1;

    /// <summary>The command line was wrong: unknown command or option, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>The whole run failed: unreadable input, bad rubric or answer key, unwritable output.</summary>
    public const int Failure = 3;

    /// <summary>Interrupted (Ctrl+C, SIGINT); the output written so far is valid and can be resumed.</summary>
    public const int Interrupted = 130;

    /// <summary>Standard output was closed by the program reading it (a broken pipe): the output is incomplete.</summary>
    public const int BrokenPipe = 141;

    /// <summary>Stopped by SIGTERM (timeout, a container stop, a scheduler); the output written so far is valid and can be resumed.</summary>
    public const int Terminated = 143;
}
