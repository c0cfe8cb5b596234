using System.Text;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

public sealed partial class MarkCommandTests
{
    [Fact]
    public void Mark_BadRows_BecomeErrorRowsWithReasonAndLineAndTheRunGoesOn()
    {
        var good = SampleEssays.Essay(0);
        var text = new StringBuilder()
            .Append("id,text,note\n")                                            // line 1
            .Append("A1,\"").Append(good.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",first – Zoë\n") // line 2 (spans lines); UTF-8 beyond ASCII, so the file is UTF-8 and A8 a bad row
            .Append("A2,too,many,fields\n")
            .Append("A1,").Append("\"another essay, same id\"").Append(",dup\n")
            .Append(",\"an essay without an id\",noid\n")
            .Append("A3,,empty\n")
            .Append("A4,   ,blank\n")
            .Append("A5,\"bad \"quote\" here\",q\n")
            .Append("A6,only-two\n")
            .Append("\n")
            .Append("A7,\"").Append(SampleEssays.Essay(1).Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",last good\n")
            .ToString();
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var invalid = Encoding.UTF8.GetBytes("A8,caf\u00e9 latin,latin1\n");
        bytes.AddRange(invalid.Select(b => b == 0xC3 ? (byte)0xE9 : b).Where(b => b != 0xA9));
        bytes.AddRange(Encoding.UTF8.GetBytes("A9,\"never closed,x\nmore text\n"));
        _folder.Write("essays.csv", bytes.ToArray());
        var goodLines = good.Count(c => c == '\n');

        var run = Mark("essays.csv", "--out", "marks.csv");

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        var csv = TempFolder.ParseCsv(_folder.Read("marks.csv"));
        Assert.Equal(new[] { "A1", "A2", "A1", "", "A3", "A4", "A5", "A6", "A7", "A8", "A9" }, Column(csv, "id"));
        Assert.Equal(new[] { "first – Zoë", "many", "dup", "noid", "empty", "blank", "q", "", "last good", "latin1", "" }, Column(csv, "note"));
        var statuses = Column(csv, "status");
        var errors = Column(csv, "error");
        Assert.NotEqual("error", statuses[0]);
        Assert.NotEqual("error", statuses[8]);
        Assert.All(new[] { 1, 2, 3, 4, 5, 6, 7, 9, 10 }, i => Assert.Equal("error", statuses[i]));
        Assert.All(new[] { 1, 2, 3, 4, 5, 6, 7, 9, 10 }, i => Assert.Equal("", Column(csv, "total")[i]));
        var line = 3 + goodLines;
        Assert.Contains($"essays.csv line {line}: 4 fields where the header has 3", errors[1], StringComparison.Ordinal);
        Assert.Contains($"line {line + 1}: the id 'A1' is used again (first on essays.csv line 2)", errors[2], StringComparison.Ordinal);
        Assert.Contains($"line {line + 2}: the id is empty", errors[3], StringComparison.Ordinal);
        Assert.Contains($"line {line + 3}: the essay is empty", errors[4], StringComparison.Ordinal);
        Assert.Contains($"line {line + 4}: the essay is empty", errors[5], StringComparison.Ordinal);
        Assert.Contains($"line {line + 5}: field 2 has text after its closing quote", errors[6], StringComparison.Ordinal);
        Assert.Contains($"line {line + 6}: 2 fields where the header has 3", errors[7], StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8 (at character 4)", errors[9], StringComparison.Ordinal);
        Assert.Contains("never closed", errors[10], StringComparison.Ordinal);
        Assert.Contains("error 9", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_OneMegabyteEssay_IsAnErrorRowUnlessTheLimitIsRaised()
    {
        var huge = string.Concat(Enumerable.Repeat(SampleEssays.Essay(0) + "\n\n", 1 + (1_000_000 / SampleEssays.Essay(0).Length)));
        _folder.Write("essays.csv", EssaysCsv.Build([["id", "text"], ["big", huge], ["small", SampleEssays.Essay(1)]]));
        Assert.True(new FileInfo(_folder.File("essays.csv")).Length > 1_000_000);

        var run = Mark("essays.csv", "--quiet");

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        var csv = TempFolder.ParseCsv(run.Out);
        Assert.Equal(new[] { "error", "ok" }, Column(csv, "status").Select(s => s == "review" ? "ok" : s));
        Assert.Contains("longer than 200,000 characters", Column(csv, "error")[0], StringComparison.Ordinal);
        Assert.Contains("--max-text-length", Column(csv, "error")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_FormulaLikeCells_AreEscapedInEngineAndPassedThroughColumns()
    {
        _folder.Write("essays.csv", EssaysCsv.Build(
        [
            ["id", "text", "a", "b", "c", "d", "e"],
            ["=1+1", SampleEssays.Essay(0), "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "-2", "-2+3", "\tx"],
            ["ok-id", SampleEssays.Essay(1), "plain", "a=b", "+3.5", "=", "-"],
        ]));

        var run = Mark("essays.csv", "--quiet");

        var csv = TempFolder.ParseCsv(run.Out);
        Assert.Equal(new[] { "'=1+1", "ok-id" }, Column(csv, "id"));
        Assert.Equal(new[] { "'+cmd|' /C calc'!A0", "plain" }, Column(csv, "a"));
        Assert.Equal(new[] { "'@SUM(A1:A2)", "a=b" }, Column(csv, "b"));
        Assert.Equal(new[] { "-2", "+3.5" }, Column(csv, "c"));
        Assert.Equal(new[] { "'-2+3", "'=" }, Column(csv, "d"));
        Assert.Equal(new[] { "'\tx", "'-" }, Column(csv, "e"));
    }
}
