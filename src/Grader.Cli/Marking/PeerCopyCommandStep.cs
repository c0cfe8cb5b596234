using System.Globalization;
using Grader.Batch;
using Grader.Cli.Console;

namespace Grader.Cli.Marking;

/// <summary>
/// The step of <c>grader mark</c> that runs <see cref="PeerCopyPass"/> over a second reading of the whole input (opened
/// by <c>open</c>) before marking, and says what it found on standard error (unless <c>--quiet</c>). The one call a
/// command makes: its result goes to <see cref="RowMarker"/>.
/// </summary>
internal static class PeerCopyCommandStep
{
    /// <summary>The near duplicates in the input; null when interrupted (a message says so).</summary>
    public static PeerCopies? Run(Func<IEssaySource?> open, int threads, bool quiet, CliConsole console, CancellationToken cancellation)
    {
        using var source = open();
        if (source is null)
        {
            // The input was readable a moment ago; if it no longer is, the marking pass reports why.
            return PeerCopies.None;
        }

        var peers = PeerCopyPass.Run(source.ReadRows(), threads, cancellation);
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
}
