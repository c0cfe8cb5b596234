using Microsoft.Win32.SafeHandles;

namespace Grader.Cli.Console;

/// <summary>
/// The process's standard output as a stream that reports a closed pipe. The runtime's console stream ignores EPIPE
/// (observed: <c>grader mark big.csv | head -c 100</c> exited 0 having lost every row after the first 100 bytes), so on
/// Unix file descriptor 1 is written directly and an EPIPE failure becomes a <see cref="BrokenPipeException"/>.
/// </summary>
internal sealed class StandardOutputStream : Stream
{
    private const int BrokenPipeErrno = 32;
    private readonly Stream _inner;

    private StandardOutputStream(Stream inner) => _inner = inner;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Standard output: on Unix, when it is a pipe or terminal, file descriptor 1 written directly (so EPIPE is seen);
    /// when it is a file, the runtime's stream, which writes at the descriptor's shared offset (a FileStream would write at
    /// its own position, and a later writer to the same redirection, such as the shell's next command, would overwrite it).
    /// </summary>
    public static Stream Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return System.Console.OpenStandardOutput();
        }

        var direct = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
        if (direct.CanSeek)
        {
            direct.Dispose();
            return System.Console.OpenStandardOutput();
        }

        return new StandardOutputStream(direct);
    }

    /// <summary>Whether <paramref name="exception"/> is a write to a pipe whose reader has gone.</summary>
    public static bool IsBrokenPipe(IOException exception) =>
        exception is BrokenPipeException || exception.HResult == BrokenPipeErrno || exception.HResult == unchecked((int)0x8007006D);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException exception) when (IsBrokenPipe(exception))
        {
            throw new BrokenPipeException(exception);
        }
    }

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (IOException exception) when (IsBrokenPipe(exception))
        {
            throw new BrokenPipeException(exception);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
