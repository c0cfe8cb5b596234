using System.Runtime.CompilerServices;
using Grader.Reporting;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>GradeManyAsync: ordered, bounded, cancellable batch grading.</summary>
public sealed class EssayGraderBatchTests
{
    private static readonly string[] Texts = Essays.Names().Select(Essays.Read).ToArray();

    [Fact]
    public async Task GradeManyAsync_ManyEssays_SameGradesAsOneByOneInInputOrder()
    {
        var work = Enumerable.Range(0, 120).Select(i => Texts[i % Texts.Length]).ToArray();
        var expected = work.Select(e => GradeJsonWriter.ToJson(BundledScheme.Grader.Grade(e))).ToArray();

        var actual = new List<string>();
        await foreach (var result in BundledScheme.Grader.GradeManyAsync(Source(work), new BatchGradingOptions { MaxDegreeOfParallelism = 4 }))
        {
            actual.Add(GradeJsonWriter.ToJson(result));
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task GradeManyAsync_OwnEssayType_EachGradeComesBackWithItsEssay()
    {
        var work = Enumerable.Range(0, 40).Select(i => (Id: $"S{i:000}", Text: Texts[i % Texts.Length])).ToArray();

        var graded = new List<GradedEssay<(string Id, string Text)>>();
        await foreach (var item in BundledScheme.Grader.GradeManyAsync(Source(work), e => e.Text, new BatchGradingOptions { MaxDegreeOfParallelism = 3 }))
        {
            graded.Add(item);
        }

        Assert.Equal(work.Select(w => w.Id), graded.Select(g => g.Essay.Id));
        Assert.All(graded, g => Assert.Equal(BundledScheme.Grader.Grade(g.Essay.Text).Total, g.Result.Total));
    }

    [Fact]
    public async Task GradeManyAsync_ConsumerWaiting_ReadsNoMoreThanMaxEssaysInFlightAhead()
    {
        var read = 0;
        var options = new BatchGradingOptions { MaxDegreeOfParallelism = 2, MaxEssaysInFlight = 6 };
        await using var results = BundledScheme.Grader.GradeManyAsync(Source(Enumerable.Repeat(Texts[0], 1000), () => Interlocked.Increment(ref read)), options).GetAsyncEnumerator();

        Assert.True(await results.MoveNextAsync());
        await Task.Delay(500);

        // Six in flight, one of them already handed back: at most one more read, plus one waiting for its turn.
        Assert.InRange(Volatile.Read(ref read), 1, 8);
    }

    [Fact]
    public async Task GradeManyAsync_Cancelled_ThrowsAndStopsReading()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;
        var handedBack = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in BundledScheme.Grader.GradeManyAsync(Source(Enumerable.Repeat(Texts[1], 10_000), () => Interlocked.Increment(ref read)), cancellationToken: cancellation.Token))
            {
                if (++handedBack == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        var readWhenStopped = Volatile.Read(ref read);
        await Task.Delay(200);
        Assert.Equal(readWhenStopped, Volatile.Read(ref read));
        Assert.True(readWhenStopped < 200, $"{readWhenStopped} essays were read");
    }

    [Fact]
    public async Task GradeManyAsync_SourceFailsPartWay_EveryEarlierGradeThenTheException()
    {
        var handedBack = 0;

        var exception = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var _ in BundledScheme.Grader.GradeManyAsync(Failing(Texts.Take(7), new InvalidDataException("row 8 is broken")), new BatchGradingOptions { MaxDegreeOfParallelism = 3 }))
            {
                handedBack++;
            }
        });

        Assert.Equal("row 8 is broken", exception.Message);
        Assert.Equal(7, handedBack);
    }

    [Fact]
    public void GradeManyAsync_InvalidOptions_ThrowsNamingThem()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            BundledScheme.Grader.GradeManyAsync(Source(Texts), new BatchGradingOptions { MaxDegreeOfParallelism = 4, MaxEssaysInFlight = 2 }));

        Assert.Contains("MaxEssaysInFlight is 2", exception.Message, StringComparison.Ordinal);
    }

    private static async IAsyncEnumerable<T> Source<T>(IEnumerable<T> items, Action? onRead = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            onRead?.Invoke();
            yield return item;
        }
    }

    private static async IAsyncEnumerable<string> Failing(IEnumerable<string> items, Exception failure)
    {
        await foreach (var item in Source(items))
        {
            yield return item;
        }

        throw failure;
    }
}
