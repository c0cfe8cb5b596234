using System.Globalization;
using Grader.Batch;
using Grader.Cli.Console;

namespace Grader.Cli.Marking;

/// <summary>
/// The step of <c>grader mark</c> that runs <see cref="PeerCopyPass"/> over a second reading of the whole input (opened
/// by <c>open</c>) and says what it found on standard error (unless <c>--quiet</c>). It starts as soon as the input is
/// open and runs while the mark scheme loads (the comparison needs no mark scheme): on the 12,978 ASAP-AES essays the
/// pass and the loading each take a few tenths of a second, one after the other before. Its result goes to
/// <see cref="RowMarker"/>. Disposing it before <see cref="Finish"/> stops the pass and waits for it.
/// </summary>
internal sealed class PeerCopyCommandStep : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly Task<PeerCopies?> _pass;
    private bool _finished;

    private PeerCopyCommandStep(CancellationTokenSource cancellation, Task<PeerCopies?> pass)
    {
        _cancellation = cancellation;
        _pass = pass;
    }

    /// <summary>Starts comparing the scripts of the input <paramref name="open"/> gives, on a thread of its own.</summary>
    public static PeerCopyCommandStep Start(Func<IEssaySource?> open, int threads, CancellationToken stop)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var token = cancellation.Token;
        var pass = Task.Run(() =>
        {
            using var source = open();

            // The input was readable a moment ago; if it no longer is, the marking pass reports why.
            return source is null ? PeerCopies.None : PeerCopyPass.Run(source.ReadRows(), threads, token);
        });
        return new PeerCopyCommandStep(cancellation, pass);
    }

    /// <summary>Waits for the near duplicates in the input and reports them; null when interrupted (a message says so).</summary>
    public PeerCopies? Finish(bool quiet, CliConsole console)
    {
        _finished = true;
        var peers = _pass.GetAwaiter().GetResult();
        if (peers is null)
        {
            console.Error.WriteLine("Interrupted while comparing the scripts with each other, before any row was marked.");
            return null;
        }

        if (!quiet && peers.GroupCount > 0)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{peers.ScriptCount:N0} scripts in {peers.GroupCount:N0} group{(peers.GroupCount == 1 ? "" : "s")} of near duplicates: each is flagged copied-peer, naming the others."));
        }

        return peers;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            // The command stopped before marking (a rubric that does not load, a clash of files): the comparison is not
            // needed, and its reading of the input ends before the command returns. Its own failure is not the reason
            // the command stopped, so it is not reported.
            _cancellation.Cancel();
            try
            {
                _pass.GetAwaiter().GetResult();
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or UnauthorizedAccessException or InvalidDataException or InputMismatchException)
            {
            }
        }

        _cancellation.Dispose();
    }
}
