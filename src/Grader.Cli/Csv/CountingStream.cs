using System.Security.Cryptography;

namespace Grader.Cli.Csv;

/// <summary>
/// A read-only stream wrapper that counts the bytes read so far, safe to query from another thread (for progress), and
/// hashes them (SHA-256) so a run can record a fingerprint of the input it read from start to end.
/// </summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _bytesRead;
    private long _hashed;

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>The SHA-256 of every byte read in order, in hex; meaningful once the stream has been read to its end from its start.</summary>
    public string Fingerprint() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        var position = Interlocked.Add(ref _bytesRead, n);

        // Bytes read again after a seek back (the byte-order mark check) are hashed once.
        var fresh = (int)Math.Clamp(position - _hashed, 0, n);
        _hash.AppendData(buffer.Slice(n - fresh, fresh));
        _hashed += fresh;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var position = inner.Seek(offset, origin);
        Interlocked.Exchange(ref _bytesRead, position);
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
