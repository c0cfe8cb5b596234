using System.Threading.Channels;

namespace Grader.Cli.Marking;

/// <summary>
/// Marks rows on several threads and hands them back in input order: one reader feeds a bounded channel, N markers take
/// rows from it, and the caller's thread puts the marked rows back in order (a reorder buffer keyed by sequence number)
/// and writes them. At most <c>8 × threads</c> rows are in flight at once, so memory stays flat however long the input.
/// On cancellation reading stops, and the rows already marked in order are still written, so the output stays whole.
/// When writing fails (a full disk, a closed pipe) reading and marking stop too and the failure is thrown.
/// </summary>
internal sealed class MarkPipeline(RowMarker marker, int threads)
{
    public async Task<MarkPipelineOutcome> RunAsync(IEnumerable<EssayRow> rows, Action<MarkedRow> write, CancellationToken cancellation)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var inFlight = new SemaphoreSlim(threads * 8);
        var input = Channel.CreateBounded<(long Sequence, EssayRow Row)>(new BoundedChannelOptions(threads * 2) { SingleWriter = true });
        var output = Channel.CreateUnbounded<MarkedRow>(new UnboundedChannelOptions { SingleReader = true });
        Exception? readFailure = null;
        var reader = Task.Run(async () =>
        {
            long sequence = 0;
            try
            {
                foreach (var row in rows)
                {
                    await inFlight.WaitAsync(stopping.Token).ConfigureAwait(false);
                    await input.Writer.WriteAsync((sequence++, row), stopping.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
            catch (Exception exception)
            {
                readFailure = exception;
            }
            finally
            {
                input.Writer.Complete();
            }
        }, CancellationToken.None);

        var markers = Enumerable.Range(0, threads).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var (sequence, row) in input.Reader.ReadAllAsync(stopping.Token).ConfigureAwait(false))
                {
                    output.Writer.TryWrite(marker.Mark(sequence, row));
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
        }, CancellationToken.None)).ToArray();
        var markersDone = Task.WhenAll(markers).ContinueWith(t => output.Writer.Complete(t.Exception), TaskScheduler.Default);

        var pending = new Dictionary<long, MarkedRow>();
        long next = 0;
        try
        {
            await foreach (var marked in output.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                pending.Add(marked.Sequence, marked);
                while (pending.Remove(next, out var ready))
                {
                    write(ready);
                    next++;
                    inFlight.Release();
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            await markersDone.ConfigureAwait(false);
            throw;
        }

        await markersDone.ConfigureAwait(false);
        if (stopping.IsCancellationRequested && !reader.IsCompleted)
        {
            // The reader may be blocked in a read of a pipe that only returns when more input comes: it cannot deliver
            // anything more, so the run ends without it (its failure, if any, is observed and dropped).
            _ = reader.ContinueWith(t => t.Exception, TaskScheduler.Default);
            return new MarkPipelineOutcome(next, null, cancellation.IsCancellationRequested);
        }

        await reader.ConfigureAwait(false);
        return new MarkPipelineOutcome(next, readFailure, cancellation.IsCancellationRequested);
    }
}
