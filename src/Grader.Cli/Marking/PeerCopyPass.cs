using System.Collections.Concurrent;
using Grader.Batch;
using Grader.Text;

namespace Grader.Cli.Marking;

/// <summary>
/// The first pass of <c>grader mark</c>: reads every row of the input and finds the near-duplicate scripts in it
/// (<see cref="PeerCopyIndex"/>), before any row is marked, so each row's <c>copied-peer</c> flag can name copies that
/// come later in the input. It always reads the whole input, whatever <c>--shard</c> or <c>--resume</c> select, so
/// every shard and every resumed run flags exactly the rows an unsharded run flags. Only hashing: one thread reads
/// blocks of rows and <c>threads</c> threads of their own sign them as they come (a block's texts are dropped once it
/// is signed); the signatures go into the index in row order, so the result does not depend on the threads.
/// </summary>
internal static class PeerCopyPass
{
    private const int BlockRows = 256;

    /// <summary>
    /// The near duplicates among <paramref name="rows"/> (rows with a problem are left out). A read failure ends the pass
    /// with the rows read so far (the marking pass meets the same failure and reports it); cancellation ends it with no
    /// result.
    /// </summary>
    public static PeerCopies? Run(IEnumerable<EssayRow> rows, int threads, CancellationToken cancellation)
    {
        var index = new PeerCopyIndex();
        var signed = new Dictionary<int, SignedBlock>();
        var nextToAdd = 0;
        using var blocks = new BlockingCollection<(int Number, List<EssayRow> Rows)>(boundedCapacity: threads * 2);

        // Threads of their own, not the pool's: the pass runs at start-up, beside the loading of the mark scheme, when the
        // pool has no more threads than cores and is slow to add any.
        var signers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                // Each signer's term reader is kept from block to block, so that it remembers the words it has met.
                var terms = new TermSequence();
                foreach (var (number, block) in blocks.GetConsumingEnumerable())
                {
                    var result = Sign(block, terms);
                    lock (signed)
                    {
                        signed.Add(number, result);
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        var reading = rows.GetEnumerator();
        try
        {
            for (var number = 0; ReadBlock(reading) is { Count: > 0 } block; number++)
            {
                blocks.Add((number, block), cancellation);
                AddSigned();
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        finally
        {
            blocks.CompleteAdding();
            reading.Dispose();
            Task.WaitAll(signers);
        }

        if (cancellation.IsCancellationRequested)
        {
            return null;
        }

        // Every block is signed now, so this adds the rest.
        AddSigned();
        return index.Find(threads);

        // Adds the signed blocks that come next in row order.
        void AddSigned()
        {
            while (true)
            {
                SignedBlock? next;
                lock (signed)
                {
                    if (!signed.Remove(nextToAdd, out next))
                    {
                        return;
                    }
                }

                for (var i = 0; i < next.Rows.Length; i++)
                {
                    index.Add(next.Rows[i], next.Ids[i], next.Signatures.AsSpan(i * PeerSignature.Bins, PeerSignature.Bins), next.Shingles[i]);
                }

                nextToAdd++;
            }
        }
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

    private static SignedBlock Sign(List<EssayRow> block, TermSequence terms)
    {
        var result = new SignedBlock(new long[block.Count], new string[block.Count], new ushort[block.Count * PeerSignature.Bins], new int[block.Count]);
        for (var i = 0; i < block.Count; i++)
        {
            result.Rows[i] = block[i].Row;
            result.Ids[i] = block[i].Id;
            result.Shingles[i] = PeerSignature.Compute(block[i].Text, terms, result.Signatures.AsSpan(i * PeerSignature.Bins, PeerSignature.Bins));
        }

        return result;
    }

    /// <summary>A block's scripts once signed: row numbers, ids, signatures and shingle counts (the texts are not kept).</summary>
    private sealed record SignedBlock(long[] Rows, string[] Ids, ushort[] Signatures, int[] Shingles);
}
