using System.Text;
using Grader.Text;

namespace Grader.Csv;

/// <summary>
/// Reads UTF-16 (either byte order) or Windows-1252 text as UTF-8 bytes, so the CSV parser always reads UTF-8. A UTF-16
/// code unit that is not text (a lone surrogate, an odd last byte) becomes the byte 0xFF, which no UTF-8 text holds, so
/// the field it falls in is reported as not valid text, exactly like a bad byte in a UTF-8 file, and no character that
/// real text may hold stands in for it.
/// </summary>
internal sealed class Utf8TranscodingStream(Stream inner, InputEncoding encoding) : Stream
{
    private const byte NotText = 0xFF;
    private readonly byte[] _input = new byte[16 * 1024];
    private readonly byte[] _output = new byte[16 * 1024 * 3 + 8];
    private int _outputStart;
    private int _outputEnd;
    private int _carried;
    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_outputStart == _outputEnd && !_ended)
        {
            Fill();
        }

        var n = Math.Min(buffer.Length, _outputEnd - _outputStart);
        _output.AsSpan(_outputStart, n).CopyTo(buffer);
        _outputStart += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Converts the next chunk; bytes of a character cut at the chunk's end are carried to the next one.</summary>
    private void Fill()
    {
        var read = inner.Read(_input, _carried, _input.Length - _carried);
        var available = _carried + read;
        _outputStart = _outputEnd = 0;
        if (read == 0)
        {
            _ended = true;
        }

        var used = encoding == InputEncoding.Windows1252 ? FromWindows1252(available) : FromUtf16(available, _ended);
        _carried = available - used;
        Array.Copy(_input, used, _input, 0, _carried);
    }

    private int FromWindows1252(int available)
    {
        for (var i = 0; i < available; i++)
        {
            Emit(new Rune(TextDecoding.Windows1252Char(_input[i])));
        }

        return available;
    }

    private int FromUtf16(int available, bool last)
    {
        var bigEndian = encoding == InputEncoding.Utf16BigEndian;
        var i = 0;
        while (i + 1 < available)
        {
            var unit = Unit(i, bigEndian);
            if (!char.IsSurrogate(unit))
            {
                Emit(new Rune(unit));
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate(unit) && i + 3 < available && char.IsLowSurrogate(Unit(i + 2, bigEndian)))
            {
                Emit(new Rune(unit, Unit(i + 2, bigEndian)));
                i += 4;
                continue;
            }

            if (char.IsHighSurrogate(unit) && i + 3 >= available && !last)
            {
                break; // its low surrogate may be in the next chunk
            }

            _output[_outputEnd++] = NotText;
            i += 2;
        }

        if (last && i < available)
        {
            _output[_outputEnd++] = NotText;
            i = available;
        }

        return i;
    }

    private char Unit(int index, bool bigEndian) =>
        bigEndian ? (char)((_input[index] << 8) | _input[index + 1]) : (char)(_input[index] | (_input[index + 1] << 8));

    private void Emit(Rune rune) => _outputEnd += rune.EncodeToUtf8(_output.AsSpan(_outputEnd));
}
