using System.Text;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

public sealed partial class MarkCommandTests
{
    [Fact]
    public void Mark_Utf16RowWithALoneSurrogate_IsAnErrorRowAndTheOthersAreMarked()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        byte[] bytes =
        [
            .. encoding.GetPreamble(),
            .. encoding.GetBytes(EssaysCsv.Build([["id", "text"], ["A1", SampleEssays.Essay(0)]]) + "A2,\"broken "),
            0x00, 0xD8,
            .. encoding.GetBytes(" text\"\n" + EssaysCsv.Build([["A3", SampleEssays.Essay(1)]])),
        ];
        _folder.Write("essays.csv", bytes);

        var run = Mark("essays.csv", "--quiet");

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        var csv = TempFolder.ParseCsv(run.Out);
        Assert.Equal(new[] { "A1", "A2", "A3" }, Column(csv, "id"));
        Assert.Equal(new[] { "ok", "error", "ok" }, Column(csv, "status").Select(s => s == "review" ? "ok" : s));
        Assert.Contains("bytes that are not valid", Column(csv, "error")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_NulCharactersAndAnOverlongPassThroughCell_AreErrorRowsWithTheCellCut()
    {
        _folder.Write("essays.csv", EssaysCsv.Build(
        [
            ["id", "text", "note"],
            ["A1", SampleEssays.Essay(0) + "\0\0\0", "nul"],
            ["A2", SampleEssays.Essay(1), new string('n', 30_000)],
            ["A3", SampleEssays.Essay(2), "fine"],
        ]));

        var run = Mark("essays.csv", "--max-text-length", "20000", "--quiet");

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        var csv = TempFolder.ParseCsv(run.Out);
        Assert.Equal(new[] { "error", "error", "ok" }, Column(csv, "status").Select(s => s == "review" ? "ok" : s));
        Assert.Contains("NUL characters", Column(csv, "error")[0], StringComparison.Ordinal);
        Assert.Contains("field 3 is longer than 20,000 characters", Column(csv, "error")[1], StringComparison.Ordinal);
        Assert.Equal(new string('n', 20_000), Column(csv, "note")[1]);
    }

    [Fact]
    public void Mark_RunawayQuoteOverTheRecordSizeLimit_StopsWithTheLineAndKeepsTheRowsBeforeIt()
    {
        var head = EssaysCsv.Build([["id", "text"], ["A1", SampleEssays.Essay(0)], ["A2", SampleEssays.Essay(1)]]);
        _folder.Write("essays.csv", head + "A3,\"never closed " + new string('x', 3_000_000) + "\nA4,more\n");
        var line = head.Count(c => c == '\n') + 1;

        var run = Mark("essays.csv", "--max-text-length", "20000", "--out", "marks.csv", "--quiet");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"essays.csv line {line}: the row is longer than 1,280,000 bytes", run.Error, StringComparison.Ordinal);
        Assert.Contains("never closed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(new[] { "A1", "A2" }, Column(TempFolder.ParseCsv(_folder.Read("marks.csv")), "id"));
    }
}
