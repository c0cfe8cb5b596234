using Grader.Checks;

namespace Grader.Tests.Checks;

public sealed class UnitCutterTests
{
    [Fact]
    public void Next_SentenceMarks_CutThere()
    {
        bool[] breaks = [false, false, false, true, false, true, false];

        Assert.Equal(new[] { (0, 3), (3, 5), (5, 7) }, Cut(breaks, 0, 7));
    }

    [Fact]
    public void Next_PartLongerThanTheLimit_CutIntoEqualPiecesWithinIt()
    {
        var breaks = new bool[75];

        var units = Cut(breaks, 0, 75);

        Assert.Equal(new[] { (0, 25), (25, 50), (50, 75) }, units);
        Assert.All(units, u => Assert.True(u.End - u.First <= UnitCutter.MaxTerms));
    }

    [Fact]
    public void Next_BreakOnTheFirstTermOrNoTerms_NoEmptyUnit()
    {
        bool[] breaks = [true, false, true];

        Assert.Equal(new[] { (0, 2), (2, 3) }, Cut(breaks, 0, 3));
        Assert.Empty(Cut(breaks, 3, 3));
    }

    private static List<(int First, int End)> Cut(bool[] breaks, int first, int end)
    {
        var units = new List<(int, int)>();
        var cutter = new UnitCutter(breaks, first, end);
        while (cutter.Next(out var unitFirst, out var unitEnd))
        {
            units.Add((unitFirst, unitEnd));
        }

        return units;
    }
}
