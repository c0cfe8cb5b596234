using Grader.Calibration;

namespace Grader.Tests.Calibration;

public sealed class TermSortTests
{
    [Theory]
    [InlineData(10, 1 << 20)]
    [InlineData(100, 1 << 20)]
    [InlineData(5_000, 1 << 20)]
    [InlineData(5_000, int.MaxValue)]
    public void Sort_DistinctTermsWithTallies_SameOrderAsAComparisonSort(int count, int termLimit)
    {
        var random = new Random(count);
        var terms = new HashSet<int>();
        while (terms.Count < count)
        {
            terms.Add(random.Next(termLimit));
        }

        var packed = terms.Select(t => ((long)t << 32) | (uint)random.Next(1, 300)).ToArray();
        var expected = packed.Order().ToArray();

        TermSort.Sort(packed);

        Assert.Equal(expected, packed);
    }
}
