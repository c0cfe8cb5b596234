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

    [Fact]
    public void Mark_SemicolonWindows1252TabAndUtf16WithoutMark_GiveTheSameMarksAsUtf8CommaAndSaySo()
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "id", "text", "name" } };
        rows.AddRange(Enumerable.Range(0, 3).Select(i => new[] { EssaysCsv.Id(i), SampleEssays.Essay(i) + " – a “quoted” café", $"Zoë {i}; Ñ" }));
        var commaText = EssaysCsv.Build(rows);
        _folder.Write("comma.csv", commaText);
        _folder.Write("semicolon-1252.csv", Windows1252(BuildWith(rows, ';')));
        _folder.Write("tab.csv", BuildWith(rows, '\t'));
        _folder.Write("utf16.csv", new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(commaText));

        var comma = Mark("comma.csv");
        var semicolon = Mark("semicolon-1252.csv");
        var tab = Mark("tab.csv");
        var utf16 = Mark("utf16.csv");
        var forced = Mark("semicolon-1252.csv", "--delimiter", "semicolon", "--encoding", "windows-1252");

        Assert.Equal(ExitCodes.Success, comma.ExitCode);
        Assert.All(new[] { semicolon, tab, utf16, forced }, run => Assert.Equal(comma.Out, run.Out));
        Assert.DoesNotContain("note:", comma.Error, StringComparison.Ordinal);
        Assert.Contains("note: semicolon-1252.csv: read as semicolon-separated (found in the header line), Windows-1252 (not valid UTF-8", semicolon.Error, StringComparison.Ordinal);
        Assert.Contains("note: tab.csv: read as tab-separated", tab.Error, StringComparison.Ordinal);
        Assert.Contains("note: utf16.csv: read as comma-separated (found in the header line), UTF-16 (little-endian) (no byte-order mark, but every other byte is zero", utf16.Error, StringComparison.Ordinal);
        Assert.Contains("as --delimiter says", forced.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_CsvOnStandardInput_IsMarkedLikeTheFile()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(4));
        var output = new StringWriter();
        var console = new Grader.Cli.Console.CliConsole(output, new StringWriter(), false, _folder.Path) { StandardInput = () => File.OpenRead(_folder.File("essays.csv")) };

        var fromStandardInput = GraderApp.Run(["mark", "-", "--rubric", RepositoryFiles.Rubric, "--quiet"], console);
        var fromFile = Mark("essays.csv", "--quiet");

        Assert.Equal(ExitCodes.Success, fromStandardInput);
        Assert.Equal(fromFile.Out, output.ToString());
    }

    [Theory]
    [InlineData("--encoding", "ebcdic", "--encoding must be one of utf-8, utf-16le, utf-16be, windows-1252, not 'ebcdic'")]
    [InlineData("--delimiter", "x", "--delimiter must be comma, semicolon, tab, pipe or one character")]
    public void Mark_UnknownEncodingOrDelimiter_IsAUsageError(string option, string value, string message)
    {
        var run = Mark("essays.csv", option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    private static string BuildWith(IEnumerable<IReadOnlyList<string>> rows, char delimiter) =>
        string.Concat(rows.Select(row => string.Join(delimiter, row.Select(cell => cell.AsSpan().IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell)) + "\n"));

    private static byte[] Windows1252(string text) => text.Select(c => c switch
    {
        '–' => (byte)0x96,
        '“' => (byte)0x93,
        '”' => (byte)0x94,
        '’' => (byte)0x92,
        _ when c < 256 => (byte)c,
        _ => throw new ArgumentException($"no Windows-1252 byte for '{c}'"),
    }).ToArray();
}
