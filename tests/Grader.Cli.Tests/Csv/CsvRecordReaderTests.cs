using System.Text;
using Grader.Cli.Csv;

namespace Grader.Cli.Tests.Csv;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void TryRead_QuotedFieldsWithCommasQuotesAndLineBreaks_AreReadWhole()
    {
        var records = ReadAll("a,b\r\n\"x, \"\"y\"\"\r\nz\",2\r\n\r\nlast,\"\"");

        Assert.Equal(3, records.Count);
        Assert.Equal(new[] { "x, \"y\"\r\nz", "2" }, records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(new[] { "last", "" }, records[2].Fields);
        Assert.Equal(5, records[2].Line);
        Assert.All(records, r => Assert.Null(r.Problem));
    }

    [Theory]
    [InlineData("\"open,x\nmore", "the quote that opens field 1 on line 1 is never closed")]
    [InlineData("a,\"b\"\nc,\"open,x\nmore", "the quote that opens field 2 on line 2 is never closed")]
    [InlineData("\"q\nq\",x,\"open\nmore", "the quote that opens field 3 on line 2 is never closed")]
    [InlineData("\"closed\"tail,x", "field 1 has text after its closing quote")]
    [InlineData(",\"\",\"a\"\"b\",\"closed\"tail,x", "field 4 has text after its closing quote")]
    public void TryRead_MalformedQuoting_IsReportedNotThrownAndNamesTheField(string csv, string problem)
    {
        var record = ReadAll(csv)[^1];

        Assert.Contains(problem, record.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_BadQuotingInOneRecord_LeavesTheNextRecordsAlone()
    {
        var records = ReadAll("id,x\nA,\"bad\"tail\nB,stray\"quote\nC,ok\n");

        Assert.NotNull(records[1].Problem);
        Assert.Null(records[2].Problem);
        Assert.Equal("stray\"quote", records[2].Fields[1]);
        Assert.Equal(new[] { "C", "ok" }, records[3].Fields);
        Assert.Equal(4, records[3].Line);
    }

    [Fact]
    public void Offsets_CountUtf8BytesAndStopBeforeTheLineBreak()
    {
        var records = ReadAll("é,中\n😀,x");

        Assert.Equal(0, records[0].StartOffset);
        Assert.Equal(Encoding.UTF8.GetByteCount("é,中"), records[0].EndOffset);
        Assert.Equal(Encoding.UTF8.GetByteCount("é,中\n"), records[1].StartOffset);
        Assert.Equal(Encoding.UTF8.GetByteCount("é,中\n😀,x"), records[1].EndOffset);
    }

    [Fact]
    public void Open_InvalidUtf8InOneField_IsMarkedInThatFieldOnly()
    {
        byte[] bytes = [.. "a,caf"u8, 0xE9, .. ",z\nb,fine\u00e9,\uFFFD\n"u8];

        var records = ReadAll(bytes);

        Assert.Equal("caf" + CsvInputEncoding.InvalidByteMarker, records[0].Fields[1]);
        Assert.Equal("z", records[0].Fields[2]);
        Assert.Equal(new[] { "b", "fine\u00e9", "\uFFFD" }, records[1].Fields);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_Utf16WithALoneSurrogate_MarksThatRowOnly(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var lone = bigEndian ? new byte[] { 0xD8, 0x00 } : new byte[] { 0x00, 0xD8 };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("id,text\nA,x"), .. lone, .. encoding.GetBytes("y\nB,Zoë 中\n")];

        var records = ReadAll(bytes);

        Assert.Equal(new[] { "id", "text" }, records[0].Fields);
        Assert.Equal("x" + CsvInputEncoding.InvalidByteMarker + "y", records[1].Fields[1]);
        Assert.Equal(new[] { "B", "Zoë 中" }, records[2].Fields);
    }

    [Fact]
    public void Open_Utf8ByteOrderMark_IsNotPartOfTheFirstField()
    {
        var records = ReadAll([.. Encoding.UTF8.GetPreamble(), .. "id,text\nA,b\n"u8]);

        Assert.Equal(new[] { "id", "text" }, records[0].Fields);
    }

    [Fact]
    public void Open_RecordOverTheSizeLimit_Throws()
    {
        var bytes = Encoding.UTF8.GetBytes("id,text\nA,\"" + new string('x', 3 << 20) + "\n");
        using var reader = CsvRecordReader.Open(new MemoryStream(bytes), 1 << 20);

        Assert.True(reader.TryRead(out _));
        var exception = Assert.Throws<CsvHelper.CsvFormatException>(() => reader.TryRead(out _));
        Assert.Equal(2, exception.LineNumber);
    }

    private static List<CsvRecord> ReadAll(string csv)
    {
        using var reader = CsvRecordReader.FromText(csv);
        return Drain(reader);
    }

    private static List<CsvRecord> ReadAll(byte[] bytes)
    {
        using var reader = CsvRecordReader.Open(new MemoryStream(bytes));
        return Drain(reader);
    }

    private static List<CsvRecord> Drain(CsvRecordReader reader)
    {
        var records = new List<CsvRecord>();
        while (reader.TryRead(out var record))
        {
            records.Add(record);
        }

        return records;
    }
}
