using Grader.Cli.Csv;
using Grader.Cli.Marking;

namespace Grader.Cli.Tests.Csv;

public sealed class SpreadsheetFormulaTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-12", "-12")]
    [InlineData("+3.5", "+3.5")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Escape_FormulaLikeCell_GetsALeadingApostrophe(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetFormula.Escape(cell));

    [Fact]
    public void ShardSelector_EveryIdFallsInExactlyOneShardStably()
    {
        var ids = Enumerable.Range(0, 200).Select(i => "S" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var shards = Enumerable.Range(1, 4).Select(k => new ShardSelector(k, 4)).ToArray();

        Assert.All(ids, id => Assert.Single(shards, s => s.Contains(id)));
        Assert.All(shards, s => Assert.InRange(ids.Count(s.Contains), 20, 80));
        Assert.Equal(0x811C9DC5u, ShardSelector.Hash(""));
        Assert.Equal(0xE40C292Cu, ShardSelector.Hash("a"));
    }
}
