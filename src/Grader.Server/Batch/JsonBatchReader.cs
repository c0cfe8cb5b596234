using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Grader.Server;

/// <summary>
/// Reads a JSON array of essays (<c>[{"text": …}, …]</c>) one element at a time from a stream, holding at most one
/// element (up to <see cref="BatchContext.MaxItemBytes"/>) in a pooled buffer. Each element is located by its JSON path
/// (<c>$[3]</c>) and syntax errors by line and byte.
/// </summary>
internal sealed class JsonBatchReader(Stream stream, BatchContext context) : IBatchReader
{
    private const int InitialBuffer = 64 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    private int _start;
    private int _end;
    private bool _endOfStream;
    private long _offset;
    private long _lines;
    private long _lineStart;
    private int _index = -1;
    private Position _position = Position.BeforeArray;

    private enum Position
    {
        BeforeArray,
        AtItem,
        AfterItem,
        Done,
    }

    public string Location => $"$[{_index}]";

    public BatchItem? Current { get; private set; }

    public List<RequestProblem> Problems { get; } = [];

    public string? TooLarge { get; private set; }

    public bool MoveNext()
    {
        Current = null;
        while (true)
        {
            switch (_position)
            {
                case Position.BeforeArray:
                    if (!SkipWhitespace())
                    {
                        return Stop("$", "The body is empty. Send a JSON array of essays: [{\"text\": \"…\", \"id\": \"S001\"}, …].", syntax: true);
                    }

                    if (_buffer[_start] != (byte)'[')
                    {
                        return Stop("$", "The body must be a JSON array of essays: [{\"text\": \"…\", \"id\": \"S001\"}, …]. To grade one essay, POST it to /v1/grade.", syntax: false);
                    }

                    Advance(1);
                    if (!SkipWhitespace())
                    {
                        return Stop("$", SyntaxAt("the array is not closed: end it with ']'."), syntax: true);
                    }

                    if (_buffer[_start] == (byte)']')
                    {
                        Advance(1);
                        return End();
                    }

                    _position = Position.AtItem;
                    break;

                case Position.AtItem:
                    _index++;
                    _position = Position.AfterItem;
                    return ReadItem();

                case Position.AfterItem:
                    if (!SkipWhitespace())
                    {
                        return Stop("$", SyntaxAt("the array is not closed: end it with ']'."), syntax: true);
                    }

                    if (_buffer[_start] == (byte)']')
                    {
                        Advance(1);
                        return End();
                    }

                    if (_buffer[_start] != (byte)',')
                    {
                        return Stop($"$[{_index}]", SyntaxAt($"after the essay at $[{_index}] there must be ',' or ']'."), syntax: true);
                    }

                    Advance(1);
                    if (SkipWhitespace() && _buffer[_start] == (byte)']')
                    {
                        return Stop($"$[{_index + 1}]", SyntaxAt("there is a comma before ']': remove it."), syntax: true);
                    }

                    _position = Position.AtItem;
                    break;

                default:
                    return false;
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Reads one whole element (refilling and growing the buffer until it is all there) and checks it.</summary>
    private bool ReadItem()
    {
        var location = Location;
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var scanner = new Utf8JsonReader(available, _endOfStream, new JsonReaderState(JsonSyntax.ReaderOptions));
            try
            {
                if (scanner.Read() && scanner.TrySkip())
                {
                    var length = (int)scanner.BytesConsumed;
                    var element = new Utf8JsonReader(available[..length], JsonSyntax.ReaderOptions);
                    element.Read();
                    var request = GradeRequestReader.Read(ref element, location, Problems);
                    Advance(length);
                    Current = BatchItems.Resolve(request, context, $"{location}.question", Problems);
                    return true;
                }
            }
            catch (JsonException exception)
            {
                var column = exception.LineNumber == 0 ? _offset + _start - _lineStart : 0;
                Problems.Add(JsonSyntax.Problem(location, exception, _lines, column));
                return false;
            }

            if (_endOfStream)
            {
                return Stop(location, SyntaxAt("the body ends inside this essay: the array is cut short."), syntax: true);
            }

            if (!Refill())
            {
                TooLarge = string.Create(CultureInfo.InvariantCulture, $"The essay at {location} takes more than {context.MaxItemBytes:N0} bytes, more than any essay within the length limit needs. Check that it is one essay.");
                return false;
            }
        }
    }

    /// <summary>Skips JSON whitespace, refilling as needed; false when the body ends first.</summary>
    private bool SkipWhitespace()
    {
        while (true)
        {
            while (_start < _end && _buffer[_start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                Advance(1);
            }

            if (_start < _end)
            {
                return true;
            }

            if (_endOfStream || !Refill())
            {
                return false;
            }
        }
    }

    /// <summary>Moves past <paramref name="count"/> bytes, counting the lines they end.</summary>
    private void Advance(int count)
    {
        var passed = _buffer.AsSpan(_start, count);
        var lastNewLine = passed.LastIndexOf((byte)'\n');
        if (lastNewLine >= 0)
        {
            _lines += passed.Count((byte)'\n');
            _lineStart = _offset + _start + lastNewLine + 1;
        }

        _start += count;
    }

    /// <summary>
    /// Reads more of the stream, first moving unread bytes to the front and growing the buffer if it is full; false when
    /// the unread bytes (an element not yet complete) already fill <see cref="BatchContext.MaxItemBytes"/>.
    /// </summary>
    private bool Refill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _offset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end >= context.MaxItemBytes)
        {
            return false;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(context.MaxItemBytes, 2L * _buffer.Length));
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = stream.Read(_buffer, _end, Math.Min(_buffer.Length, context.MaxItemBytes) - _end);
        _endOfStream = read == 0;
        _end += read;
        return true;
    }

    private bool End()
    {
        _position = Position.Done;
        return SkipWhitespace() ? Stop("$", SyntaxAt("there is text after the array's closing ']': remove it."), syntax: true) : false;
    }

    private bool Stop(string location, string message, bool syntax)
    {
        _position = Position.Done;
        Problems.Add(new RequestProblem(location, message, syntax));
        return false;
    }

    private string SyntaxAt(string what) => string.Create(
        CultureInfo.InvariantCulture,
        $"The body is not valid JSON at line {_lines + 1}, byte {_offset + _start - _lineStart + 1}: {what}");
}
