using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Grader.Cli.Csv;

/// <summary>
/// Reads RFC 4180 CSV one record at a time: fields separated by commas, optionally quoted (a quote inside a quoted field
/// doubled), quoted fields may hold commas and line breaks, records end with LF or CRLF, blank lines are skipped.
/// It never throws on bad data: an unclosed quote or text after a closing quote is reported on the record, and a field
/// longer than the limit is cut (and reported) so memory stays bounded however large the file.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private const int EndOfInput = -1;
    private readonly TextReader _reader;
    private readonly int _maxFieldLength;
    private readonly char[] _buffer = new char[32 * 1024];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private long _line = 1;
    private long _offset;

    public CsvRecordReader(TextReader reader, int maxFieldLength, long startOffset = 0)
    {
        _reader = reader;
        _maxFieldLength = maxFieldLength;
        _offset = startOffset;
    }

    /// <summary>The line the next record starts on (1-based).</summary>
    public long Line => _line;

    public bool TryRead([NotNullWhen(true)] out CsvRecord? record)
    {
        record = null;
        int c;
        while (true)
        {
            c = Next();
            if (c == EndOfInput)
            {
                return false;
            }

            if (c == '\n')
            {
                _line++;
                continue;
            }

            if (c == '\r' && Peek() == '\n')
            {
                continue;
            }

            break;
        }

        var startLine = _line;
        var fields = new List<string>();
        string? problem = null;
        var overlong = -1;
        var endsWithLineBreak = false;
        _field.Clear();
        while (true)
        {
            if (c == '"' && _field.Length == 0)
            {
                var quoteLine = _line;
                var closed = false;
                while ((c = Next()) != EndOfInput)
                {
                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            Next();
                            Append('"', fields.Count, ref overlong);
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    if (c == '\n')
                    {
                        _line++;
                    }

                    Append((char)c, fields.Count, ref overlong);
                }

                if (!closed)
                {
                    problem ??= $"the quote that opens field {fields.Count + 1} on line {quoteLine} is never closed, so the rest of the file was read into it. Close the quote (and double any quote inside the field: \"\").";
                    fields.Add(_field.ToString());
                    break;
                }

                c = Next();
                if (c is not (',' or '\n' or '\r' or EndOfInput))
                {
                    problem ??= $"field {fields.Count + 1} has text after its closing quote. Inside a quoted field write a quote as two quotes (\"\").";
                    while (c is not (',' or '\n' or '\r' or EndOfInput))
                    {
                        Append((char)c, fields.Count, ref overlong);
                        c = Next();
                    }
                }
            }
            else
            {
                while (c is not (',' or '\n' or '\r' or EndOfInput))
                {
                    Append((char)c, fields.Count, ref overlong);
                    c = Next();
                }
            }

            fields.Add(_field.ToString());
            _field.Clear();
            if (c == ',')
            {
                c = Next();
                continue;
            }

            if (c == '\r' && Peek() == '\n')
            {
                Next();
                c = '\n';
            }

            if (c is '\n' or '\r')
            {
                _line++;
                endsWithLineBreak = true;
            }

            break;
        }

        record = new CsvRecord(fields, startLine, problem, overlong, endsWithLineBreak, _offset);
        return true;
    }

    private void Append(char c, int fieldIndex, ref int overlong)
    {
        if (_field.Length < _maxFieldLength)
        {
            _field.Append(c);
        }
        else if (overlong < 0)
        {
            overlong = fieldIndex;
        }
    }

    public void Dispose() => _reader.Dispose();

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return EndOfInput;
        }

        return _buffer[_position];
    }

    private int Next()
    {
        if (_position == _length && !Fill())
        {
            return EndOfInput;
        }

        var c = _buffer[_position++];
        _offset += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
        return c;
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
