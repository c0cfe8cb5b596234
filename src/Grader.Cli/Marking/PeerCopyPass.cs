using Grader.Batch;
using Grader.Text;

namespace Grader.Cli.Marking;

/// <summary>
/// The first pass of <c>grader mark</c>: reads every row of the input and finds the near-duplicate scripts in it
/// (<see cref="PeerCopyIndex"/>), before any row is marked, so each row's <c>copied-peer</c> flag can name copies that
/// come later in the input. It always reads the whole input, whatever <c>--shard</c> or <c>--resume</c> select, so
/// every shard and every resumed run flags exactly the rows an unsharded run flags. Only hashing: signatures are
/// computed on <c>threads</c> threads a block of rows at a time while the next block is read.
/// </summary>
internal static class PeerCopyPass
{
    private const int BlockRows = 512;

    /// <summary>Each thread's term reader, kept from block to block (and run to run) so that it remembers the words it has met.</summary>
    [ThreadStatic]
    private static TermSequence? s_terms;

    /// <summary>
    /// The near duplicates among <paramref name="rows"/> (rows with a problem are left out). A read failure ends the pass
    /// with the rows read so far (the marking pass meets the same failure and reports it); cancellation ends it with no
    /// result.
    /// </summary>
    public static PeerCopies? Run(IEnumerable<EssayRow> rows, int threads, CancellationToken cancellation)
    {
        var index = new PeerCopyIndex();
        var reading = rows.GetEnumerator();
        try
        {
            var block = ReadBlock(reading);
            while (block.Count > 0)
            {
                if (cancellation.IsCancellationRequested)
                {
                    return null;
                }

                var hashing = Task.Run(() => Sign(block, threads));
                var next = ReadBlock(reading);
                var (signatures, shingles) = hashing.GetAwaiter().GetResult();
                for (var i = 0; i < block.Count; i++)
                {
                    index.Add(block[i].Row, block[i].Id, signatures.AsSpan(i * PeerSignature.Bins, PeerSignature.Bins), shingles[i]);
                }

                block = next;
            }
        }
        finally
        {
            reading.Dispose();
        }

        return index.Find();
    }

    /// <summary>The next rows without a problem (up to <see cref="BlockRows"/>); a read failure ends the input here.</summary>
    private static List<EssayRow> ReadBlock(IEnumerator<EssayRow> reading)
    {
        var block = new List<EssayRow>(BlockRows);
        try
        {
            while (block.Count < BlockRows && reading.MoveNext())
            {
                if (reading.Current.Problem is null)
                {
                    block.Add(reading.Current);
                }
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
        }

        return block;
    }

    private static (ushort[] Signatures, int[] Shingles) Sign(List<EssayRow> block, int threads)
    {
        var signatures = new ushort[block.Count * PeerSignature.Bins];
        var shingles = new int[block.Count];
        Parallel.For(
            0,
            block.Count,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            i => shingles[i] = PeerSignature.Compute(block[i].Text, s_terms ??= new TermSequence(), signatures.AsSpan(i * PeerSignature.Bins, PeerSignature.Bins)));
        return (signatures, shingles);
    }
}
