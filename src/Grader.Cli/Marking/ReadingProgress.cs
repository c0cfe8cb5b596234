namespace Grader.Cli.Marking;

/// <summary>How much of the input has been read: bytes of a file, or rows when the row count is known up front.</summary>
internal sealed class ReadingProgress(Func<long> bytesRead, long totalBytes, long? totalRows)
{
    public long BytesRead => bytesRead();

    public long TotalBytes => totalBytes;

    /// <summary>The number of rows, when it is known without reading the input (a folder's files).</summary>
    public long? TotalRows => totalRows;
}
