using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Grader.Batching;

/// <summary>
/// Runs a function over an asynchronous stream on several threads and yields the results in input order. One reader
/// takes items from the source into a bounded channel, <c>parallelism</c> workers apply the function, and the consumer
/// puts results back in order (a reorder buffer keyed by sequence number). At most <c>maxInFlight</c> items are between
/// being read and being yielded, so memory stays flat however long the stream. A failure of the source or of the
/// function reaches the consumer at the item where it happened, after every earlier result; cancellation (or the
/// consumer stopping early) stops the reader and the workers, and nothing keeps running afterwards.
/// </summary>
internal static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> RunAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, TOut> work,
        int parallelism,
        int maxInFlight,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var inFlight = new SemaphoreSlim(maxInFlight);
        var input = Channel.CreateBounded<(long Sequence, TIn Item)>(new BoundedChannelOptions(parallelism * 2) { SingleWriter = true });
        var output = Channel.CreateUnbounded<(long Sequence, TOut? Value, ExceptionDispatchInfo? Failure)>(new UnboundedChannelOptions { SingleReader = true });
        long readCount = 0;
        ExceptionDispatchInfo? readFailure = null;
        var reader = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in source.WithCancellation(stop.Token).ConfigureAwait(false))
                    {
                        await inFlight.WaitAsync(stop.Token).ConfigureAwait(false);
                        await input.Writer.WriteAsync((readCount, item), stop.Token).ConfigureAwait(false);
                        readCount++;
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (Exception exception)
                {
                    readFailure = ExceptionDispatchInfo.Capture(exception);
                }
                finally
                {
                    input.Writer.Complete();
                }
            },
            CancellationToken.None);
        var workers = new Task[parallelism];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(
                async () =>
                {
                    try
                    {
                        await foreach (var (sequence, item) in input.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                        {
                            try
                            {
                                output.Writer.TryWrite((sequence, work(item), null));
                            }
                            catch (Exception exception)
                            {
                                output.Writer.TryWrite((sequence, default, ExceptionDispatchInfo.Capture(exception)));
                            }
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                    }
                },
                CancellationToken.None);
        }

        var finished = Task.WhenAll([reader, .. workers]).ContinueWith(_ => output.Writer.Complete(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        var pending = new Dictionary<long, (TOut? Value, ExceptionDispatchInfo? Failure)>();
        long next = 0;
        try
        {
            await foreach (var (sequence, value, failure) in output.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                pending.Add(sequence, (value, failure));
                while (pending.Remove(next, out var ready))
                {
                    ready.Failure?.Throw();
                    next++;
                    inFlight.Release();
                    yield return ready.Value!;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            readFailure?.Throw();
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await finished.ConfigureAwait(false);
        }
    }
}
