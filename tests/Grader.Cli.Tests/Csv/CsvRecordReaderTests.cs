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
        Assert.False(records[2].EndsWithLineBreak);
        Assert.All(records, r => Assert.Null(r.Problem));
    }

    [Theory]
    [InlineData("\"open,x\nmore", "never closed")]
    [InlineData("\"closed\"tail,x", "text after its closing quote")]
    public void TryRead_MalformedQuoting_IsReportedNotThrown(string csv, string problem)
    {
        var record = Assert.Single(ReadAll(csv));

        Assert.Contains(problem, record.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_FieldOverTheLimit_IsCutAndReported()
    {
        var record = Assert.Single(ReadAll("id,0123456789abcdef,x\n", maxFieldLength: 8));

        Assert.Equal("01234567", record.Fields[1]);
        Assert.Equal(1, record.FirstOverlongField);
    }

    [Fact]
    public void EndOffset_CountsUtf8Bytes()
    {
        var records = ReadAll("é,中\n😀,x\n");

        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("é,中\n"), records[0].EndOffset);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("é,中\n😀,x\n"), records[1].EndOffset);
    }

    private static List<CsvRecord> ReadAll(string csv, int maxFieldLength = 1000)
    {
        using var reader = new CsvRecordReader(new StringReader(csv), maxFieldLength);
        var records = new List<CsvRecord>();
        while (reader.TryRead(out var record))
        {
            records.Add(record);
        }

        return records;
    }
}
