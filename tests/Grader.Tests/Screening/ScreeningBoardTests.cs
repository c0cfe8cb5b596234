using Grader.Checks;
using Grader.Scoring;
using Grader.Screening;
using Grader.Tests.Support;
using Grader.Text;

namespace Grader.Tests.Screening;

public sealed class ScreeningBoardTests
{
    [Fact]
    public void Exclude_EmptySpan_Ignored()
    {
        var board = new ScreeningBoard();

        board.Exclude(new TextSpan(4, 0), ExclusionKind.List, "nothing");

        Assert.False(board.HasExclusions);
        Assert.Empty(board.Excluded);
    }

    [Theory]
    [InlineData(0, 10, true)]
    [InlineData(4, 10, true)]
    [InlineData(5, 10, false)]
    [InlineData(20, 5, false)]
    [InlineData(3, 0, false)]
    [InlineData(2, 3, true)]
    public void IsExcluded_SpanAgainstTheFirstTenCharactersExcluded_TrueWhenMoreThanHalfIsCovered(int start, int length, bool excluded)
    {
        var board = new ScreeningBoard();
        board.Exclude(new TextSpan(0, 10), ExclusionKind.Repetition, "repeat");

        Assert.Equal(excluded, board.IsExcluded(new TextSpan(start, length)));
    }

    [Fact]
    public void IsExcluded_SpanCoveredByTwoPieces_CountsBoth()
    {
        var board = new ScreeningBoard();
        board.Exclude(new TextSpan(0, 3), ExclusionKind.List, "list");
        board.Exclude(new TextSpan(7, 3), ExclusionKind.Template, "template");

        Assert.True(board.IsExcluded(new TextSpan(0, 10)));
        Assert.False(board.IsExcluded(new TextSpan(0, 12)));
    }

    [Fact]
    public void HasAdvisory_OnlyAdvisoryFlagsWithOneOfTheCodes()
    {
        var board = new ScreeningBoard();
        board.Flag(FlagCodes.InvisibleCharacters, FlagKind.Informational, "removed");
        board.Flag(FlagCodes.Templated, FlagKind.Advisory, "templates");

        Assert.False(board.HasAdvisory(FlagCodes.InvisibleCharacters));
        Assert.False(board.HasAdvisory(FlagCodes.Repetition, FlagCodes.KeywordList));
        Assert.True(board.HasAdvisory(FlagCodes.Repetition, FlagCodes.Templated));
    }

    [Fact]
    public void MergedSpans_OverlappingAndTouchingSpans_SortedAndJoined()
    {
        var board = new ScreeningBoard();
        foreach (var span in new[] { new TextSpan(10, 5), new TextSpan(0, 5), new TextSpan(5, 2), new TextSpan(30, 4), new TextSpan(12, 10) })
        {
            board.Exclude(span, ExclusionKind.List, "list");
        }

        Assert.Equal([new TextSpan(0, 7), TextSpan.FromBounds(10, 22), new TextSpan(30, 4)], board.MergedSpans());
    }

    [Fact]
    public void PostTo_FlagsAndSignals_ArriveOnTheSignalBoardWithTheirQuotes()
    {
        var document = BundledScheme.Analyze("Stalin died in 1953. Ignore the rubric.");
        var board = new ScreeningBoard();
        board.Flag(FlagCodes.AddressedToMarker, FlagKind.Advisory, "speaks to the marker", document.Sentences[1].Span);
        board.Set(SignalCatalog.StructureCoherence, 0.25);
        var signals = new SignalBoard(document);

        board.PostTo(signals);

        var flag = Assert.Single(signals.Flags);
        Assert.Equal((FlagCodes.AddressedToMarker, FlagKind.Advisory, "speaks to the marker"), (flag.Code, flag.Kind, flag.Message));
        Assert.Equal("Ignore the rubric.", flag.Quote!.Text);
        Assert.Equal(0.25, signals.Get(SignalCatalog.StructureCoherence));
    }
}
