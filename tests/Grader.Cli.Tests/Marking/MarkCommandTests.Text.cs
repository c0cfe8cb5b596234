using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

/// <summary>Text that could mislead: quoting broken across lines, ids that only look different, control characters.</summary>
public sealed partial class MarkCommandTests
{
    [Fact]
    public void Mark_QuoteNeverClosedMidFile_RowsAfterItAreErrorRowsNotPhantomMarks()
    {
        var good = EssaysCsv.Build([["id", "text"], ["A1", SampleEssays.Essay(0)]]);
        var broken = "A2,\"" + SampleEssays.Essay(1) + "\n";
        var after = EssaysCsv.Build([["A3", "\"I think,\" he said, \"the Soviet Union was crucial.\""], ["A4", SampleEssays.Essay(2)]]);
        _folder.Write("essays.csv", good + broken + after);
        var brokenLine = good.Count(c => c == '\n') + 1;

        var run = Mark("essays.csv", "--quiet");

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        var csv = TempFolder.ParseCsv(run.Out);
        var statuses = Column(csv, "status");
        Assert.NotEqual("error", statuses[0]);
        Assert.All(statuses.Skip(1), s => Assert.Equal("error", s));
        Assert.Contains("quoting goes wrong across lines here, so the rows after this one are not marked", Column(csv, "error")[1], StringComparison.Ordinal);
        Assert.All(Column(csv, "error").Skip(2), e => Assert.Contains($"comes after the broken quoting on line {brokenLine}", e, StringComparison.Ordinal));
        Assert.All(Column(csv, "total").Skip(1), t => Assert.Equal("", t));
    }

    [Fact]
    public void Mark_IdsThatDifferOnlyByCaseSpaceFormOrInvisibleCharacters_AreMarkedWithAWarning()
    {
        _folder.Write("essays.csv", EssaysCsv.Build(
        [
            ["id", "text"],
            ["S001", SampleEssays.Essay(0)],
            ["s001 ", SampleEssays.Essay(1)],
            ["S\u200B002", SampleEssays.Essay(2)],
            ["S002", SampleEssays.Essay(3)],
            ["Ｓ003", SampleEssays.Essay(4)],
            ["S003", SampleEssays.Essay(5)],
            ["Zoe\u0301", SampleEssays.Essay(0)],
            ["zoé", SampleEssays.Essay(1)],
        ]));

        var run = Mark("essays.csv");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("note: 4 ids differ from an earlier one only by case, accents, full-width forms, surrounding spaces or invisible characters", run.Error, StringComparison.Ordinal);
        Assert.Contains("and 'S001' (essays.csv line 2)", run.Error, StringComparison.Ordinal);
        Assert.Contains("'s001 ' (essays.csv line", run.Error, StringComparison.Ordinal);
        Assert.Contains("and 'S\\u200B002' (essays.csv line", run.Error, StringComparison.Ordinal);
        Assert.Contains("and 'Ｓ003' (essays.csv line", run.Error, StringComparison.Ordinal);
        Assert.Contains("'zoé' (essays.csv line", run.Error, StringComparison.Ordinal);
    }
}
