using Grader.Text;

namespace Grader.Tests.Text;

public sealed class TermEditDistanceTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 2, 3 }, 0)]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 9, 3 }, 1)]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 3 }, 1)]
    [InlineData(new[] { 1, 2, 3 }, new[] { 0, 1, 2, 3 }, 1)]
    [InlineData(new[] { 1, 2, 3 }, new int[0], 3)]
    [InlineData(new[] { 1, 2, 3 }, new[] { 3, 2, 1 }, 2)]
    [InlineData(new[] { 1 }, new[] { -1 }, 1)]
    public void Distance_SmallCases_AreTheLevenshteinDistance(int[] pattern, int[] text, int expected)
    {
        Assert.Equal(expected, Distance(pattern, text));
    }

    [Fact]
    public void Distance_RandomSequencesUpToSixtyFourTerms_EqualTheDynamicProgrammingDistance()
    {
        var random = new Random(17);
        for (var trial = 0; trial < 2000; trial++)
        {
            var pattern = Enumerable.Range(0, random.Next(1, 65)).Select(_ => random.Next(6)).ToArray();
            var text = Enumerable.Range(0, random.Next(0, 80)).Select(_ => random.Next(-1, 6)).ToArray();

            Assert.Equal(Levenshtein(pattern, text), Distance(pattern, text));
        }
    }

    [Fact]
    public void Distance_PatternLongerThanSixtyFour_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TermEditDistance.Distance(new ulong[1], 65, [0]));
    }

    private static int Distance(int[] pattern, int[] text)
    {
        var masks = new ulong[16];
        for (var k = 0; k < pattern.Length; k++)
        {
            masks[pattern[k]] |= 1UL << k;
        }

        return TermEditDistance.Distance(masks, pattern.Length, text);
    }

    private static int Levenshtein(int[] a, int[] b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
