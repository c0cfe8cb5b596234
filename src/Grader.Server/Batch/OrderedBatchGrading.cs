using System.Threading.Channels;
using Grader.Scoring;

namespace Grader.Server;

/// <summary>
/// Grades a checked batch in parallel and writes the grades in input order as they are ready: one reader, a bounded
/// queue of grading tasks (so at most <c>parallelism + 2</c> essays are held at once, whatever the batch's size), and
/// the writer awaiting them in turn and flushing whenever the next one is not ready yet.
/// </summary>
internal static class OrderedBatchGrading
{
    public static async Task RunAsync(IBatchReader reader, BatchGradeWriter writer, GradingGate gate, int parallelism, CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<(string? Id, Task<GradeResult> Grade)>(new BoundedChannelOptions(parallelism) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(reader, gate, queue.Writer, stop.Token), stop.Token);
        try
        {
            writer.Start();
            await foreach (var (id, grade) in queue.Reader.ReadAllAsync(stop.Token))
            {
                writer.Write(id, await grade);
                if (!queue.Reader.TryPeek(out var next) || !next.Grade.IsCompleted || writer.Pending > 64 * 1024)
                {
                    await writer.FlushAsync(stop.Token);
                }
            }

            await reading;
            await writer.CompleteAsync(stop.Token);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAny(reading);
        }
    }

    private static async Task ReadAsync(IBatchReader reader, GradingGate gate, ChannelWriter<(string? Id, Task<GradeResult> Grade)> queue, CancellationToken cancellationToken)
    {
        try
        {
            while (reader.MoveNext())
            {
                var item = reader.Current ?? throw new InvalidOperationException($"The batch entry at {reader.Location} passed the check but could not be read again.");
                var grade = Task.Run(() => gate.RunAsync(() => item.Question.Grade(item.Text), cancellationToken), cancellationToken);
                await queue.WriteAsync((item.Id, grade), cancellationToken);
            }

            queue.Complete();
        }
        catch (Exception exception)
        {
            queue.Complete(exception);
        }
    }
}
