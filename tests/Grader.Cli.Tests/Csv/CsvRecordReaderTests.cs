using System.Text;
using Grader.Cli.Csv;
using Grader.Csv;

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

        Assert.Equal("caf\uFFFD", records[0].Fields[1]);
        Assert.Equal([(1, 3)], records[0].InvalidFields);
        Assert.Equal("z", records[0].Fields[2]);
        Assert.Equal(new[] { "b", "fine\u00e9", "\uFFFD" }, records[1].Fields);
        Assert.Empty(records[1].InvalidFields);
    }

    [Fact]
    public void Open_NoncharactersSuchAsUFFFF_AreTextNotBadBytes()
    {
        var records = ReadAll(Encoding.UTF8.GetBytes("id,text\nA,x\uFFFFy \uFDD0 \U0010FFFF é\n"));

        Assert.Equal("x\uFFFFy \uFDD0 \U0010FFFF é", records[1].Fields[1]);
        Assert.Empty(records[1].InvalidFields);
    }

    [Theory]
    [InlineData("id;text;name\nA;one, two;Zoë\n", ';', "semicolon")]
    [InlineData("id\ttext\tname\nA\tone, two; three\tZoë\n", '\t', "tab")]
    [InlineData("id|text|name\nA|one, two|Zoë\n", '|', "pipe")]
    [InlineData("\"id\",\"text;x\",\"name\"\nA,\"one; two\",Zoë\n", ',', "comma")]
    public void Open_DelimiterOfTheHeaderLine_IsDetected(string csv, char delimiter, string name)
    {
        using var reader = CsvRecordReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var records = Drain(reader);

        Assert.Equal(delimiter, reader.Format.Delimiter);
        Assert.StartsWith(name + "-separated", reader.Format.Describe(), StringComparison.Ordinal);
        Assert.Equal(3, records[1].Fields.Count);
        Assert.Equal("Zoë", records[1].Fields[2]);
    }

    [Fact]
    public void Open_Windows1252WithoutAnyUtf8Character_IsReadAsWindows1252()
    {
        byte[] bytes = [.. "id;text\nA;caf"u8, 0xE9, .. " "u8, 0x93, .. "quoted"u8, 0x94, .. " "u8, 0x80, .. "5\n"u8];

        using var reader = CsvRecordReader.Open(new MemoryStream(bytes));
        var records = Drain(reader);

        Assert.Equal(Grader.Text.InputEncoding.Windows1252, reader.Format.Encoding.Encoding);
        Assert.Equal("café “quoted” €5", records[1].Fields[1]);
        Assert.Empty(records[1].InvalidFields);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_Utf16WithoutAByteOrderMark_IsDetectedNotTakenForLatin1(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);

        using var reader = CsvRecordReader.Open(new MemoryStream(encoding.GetBytes("id,text\nA,Zoë’s essay 中\n")));
        var records = Drain(reader);

        Assert.Equal(bigEndian ? Grader.Text.InputEncoding.Utf16BigEndian : Grader.Text.InputEncoding.Utf16LittleEndian, reader.Format.Encoding.Encoding);
        Assert.Equal("Zoë’s essay 中", records[1].Fields[1]);
    }

    [Fact]
    public void Open_StreamThatCannotSeek_IsReadWhole()
    {
        var text = "id,text\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"R{i},\"essay {i}, with a comma\"\n"));

        using var reader = CsvRecordReader.Open(new ForwardOnlyStream(Encoding.UTF8.GetBytes(text)));
        var records = Drain(reader);

        Assert.Equal(5001, records.Count);
        Assert.Equal(new[] { "R4999", "essay 4999, with a comma" }, records[^1].Fields);
    }

    [Fact]
    public void Open_LinesOfOnlySpacesOrDelimiters_AreSkippedLikeBlankLinesAndCounted()
    {
        using var reader = CsvRecordReader.Open(new MemoryStream(Encoding.UTF8.GetBytes("id,text\n   \nA,x\n\t \n,,\n\nB,y\n\"  \",z\n")));
        var records = Drain(reader);

        Assert.Equal(new[] { "id", "A", "B", "  " }, records.Select(r => r.Fields[0]));
        Assert.Equal(3, reader.SkippedBlankLines);
        Assert.Equal(2, reader.FirstSkippedBlankLine);
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
        Assert.Equal("x\uFFFDy", records[1].Fields[1]);
        Assert.Equal([(1, 1)], records[1].InvalidFields);
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

    /// <summary>A stream that reads forward only, like a pipe or standard input.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1000)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1000));
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
