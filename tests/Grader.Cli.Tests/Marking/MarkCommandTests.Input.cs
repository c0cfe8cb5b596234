using System.Text;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

public sealed partial class MarkCommandTests
{
    [Fact]
    public void Mark_CsvToStandardOutput_WritesOnlyCsvWithOneRowPerInputRowInInputOrder()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(8, "\r\n"));

        var run = Mark("essays.csv", "--threads", "2");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var csv = TempFolder.ParseCsv(run.Out);
        Assert.Equal(ExpectedHeader("candidate", "centre"), csv[0]);
        Assert.Equal(Enumerable.Range(0, 8).Select(EssaysCsv.Id), Column(csv, "id"));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Column(csv, "row"));
        Assert.All(Column(csv, "status"), s => Assert.Contains(s, new[] { "ok", "review" }));
        Assert.All(Column(csv, "max"), m => Assert.Equal("30", m));
        Assert.Equal("Candidate, number \"3\"", Column(csv, "candidate")[3]);
        Assert.Equal("47007", Column(csv, "centre")[7]);
        Assert.Contains("8 rows: ok", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_Utf8BomAndUtf16WithBom_GiveTheSameMarksAsPlainUtf8()
    {
        var text = EssaysCsv.Sample(3) + "S900,\"Zoë Ł\",\"" + SampleEssays.Essay(4) + " — “quoted” 中文\",1\n";
        _folder.Write("plain.csv", new UTF8Encoding(false).GetBytes(text));
        _folder.Write("bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        _folder.Write("utf16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        _folder.Write("utf16be.csv", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]);

        var plain = Mark("plain.csv", "--quiet");
        var bom = Mark("bom.csv", "--quiet");
        var utf16 = Mark("utf16.csv", "--quiet");
        var utf16BigEndian = Mark("utf16be.csv", "--quiet");

        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Contains("Zoë Ł", plain.Out, StringComparison.Ordinal);
        Assert.Equal(plain.Out, bom.Out);
        Assert.Equal(plain.Out, utf16.Out);
        Assert.Equal(plain.Out, utf16BigEndian.Out);
        Assert.Equal("", plain.Error);
    }

    [Fact]
    public void Mark_Folder_MarksEveryTxtFileInNameOrderWithTheFileNameAsId()
    {
        _folder.Write("essays/b-second.txt", SampleEssays.Essay(1));
        _folder.Write("essays/a-first.txt", SampleEssays.Essay(0));
        _folder.Write("essays/c-empty.txt", "   ");
        _folder.Write("essays/notes.md", "not an essay");
        _folder.Write("essays/d-windows1252.txt", [.. Encoding.UTF8.GetBytes(SampleEssays.Essay(2)), .. " Caf"u8, 0xE9, .. " "u8, 0x93, .. "ok"u8, 0x94]);
        _folder.Write("essays/e-broken-utf8.txt", [.. Encoding.UTF8.GetBytes(SampleEssays.Essay(3) + " Zoë "), 0xE9]);

        var run = Mark("essays", "--out", "marks.csv");

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        var csv = TempFolder.ParseCsv(_folder.Read("marks.csv"));
        Assert.Equal(ExpectedHeader(), csv[0]);
        Assert.Equal(new[] { "a-first", "b-second", "c-empty", "d-windows1252", "e-broken-utf8" }, Column(csv, "id"));
        Assert.Equal(new[] { "ok", "ok", "error", "ok", "error" }, Column(csv, "status").Select(s => s == "review" ? "ok" : s));
        Assert.Contains("c-empty.txt", Column(csv, "error")[2], StringComparison.Ordinal);
        Assert.Contains("empty", Column(csv, "error")[2], StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", Column(csv, "error")[4], StringComparison.Ordinal);
        Assert.Contains("note: 1 file was not UTF-8 and read as detected: d-windows1252.txt (Windows-1252)", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Mark_ConfiguredColumnNames_FindsTheIdAndTextColumns()
    {
        _folder.Write("essays.csv", EssaysCsv.Build([["Essay", "Student"], [SampleEssays.Essay(2), "=HYPERLINK(\"x\")"]]));

        var run = Mark("essays.csv", "--id-column", "student", "--text-column", "essay", "--quiet");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var csv = TempFolder.ParseCsv(run.Out);
        Assert.Equal("'=HYPERLINK(\"x\")", Column(csv, "id")[0]);
    }
}
