using Grader.Text;

namespace Grader.Tests.Text;

public sealed class TermIdTableTests
{
    [Fact]
    public void Find_EveryHashGiven_ReturnsItsIndex()
    {
        var hashes = Enumerable.Range(0, 1000).Select(i => WordHash.Of("w" + i)).ToArray();

        var table = new TermIdTable(hashes);

        Assert.All(Enumerable.Range(0, hashes.Length), i => Assert.Equal(i, table.Find(hashes[i])));
        Assert.Equal(TermIdTable.Absent, table.Find(WordHash.Of("absent")));
    }

    [Fact]
    public void Constructor_RepeatedHash_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TermIdTable([1UL, 2UL, 1UL]));
    }

    [Fact]
    public void Find_EmptyTable_AbsentForAnyHash()
    {
        Assert.Equal(TermIdTable.Absent, new TermIdTable([]).Find(42));
    }
}
