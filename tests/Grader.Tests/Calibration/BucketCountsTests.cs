using Grader.Calibration;

namespace Grader.Tests.Calibration;

public sealed class BucketCountsTests
{
    [Fact]
    public void Add_ManyBucketsWithCollidingSlots_CountsEachLikeADictionary()
    {
        var random = new Random(5);
        // Buckets that share their low bits land on the same slot and must be told apart.
        var buckets = Enumerable.Range(0, 6_000).Select(_ => (random.Next(300) << 12) | random.Next(4)).ToArray();
        var expected = buckets.GroupBy(b => b).ToDictionary(g => g.Key, g => g.Count());
        var counts = BucketCounts.ForThread(buckets.Length);
        try
        {
            foreach (var bucket in buckets)
            {
                counts.Add(bucket);
            }

            var distinct = new int[counts.Count];
            var tallies = new int[counts.Count];
            counts.CopyTo(distinct, tallies);

            Assert.Equal(expected.Count, counts.Count);
            Assert.Equal(expected.OrderBy(p => p.Key), distinct.Zip(tallies, KeyValuePair.Create).OrderBy(p => p.Key));
        }
        finally
        {
            counts.Clear();
        }
    }

    [Fact]
    public void Clear_AfterUse_NextTextStartsEmpty()
    {
        var counts = BucketCounts.ForThread(10);
        counts.Add(7);
        counts.Add(7);
        counts.Clear();

        var again = BucketCounts.ForThread(10);
        again.Add(7);
        var distinct = new int[again.Count];
        var tallies = new int[again.Count];
        again.CopyTo(distinct, tallies);
        again.Clear();

        Assert.Same(counts, again);
        Assert.Equal([7], distinct);
        Assert.Equal([1], tallies);
    }
}
