using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Grader.Loading;

/// <summary>Parses JSON into <see cref="JsonSourceNode"/>s that remember their line and path.</summary>
internal static class JsonSourceParser
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The parsed root, or null with a problem added when the text is not valid JSON.</summary>
    public static JsonSourceNode? Parse(ReadOnlySpan<byte> utf8, string file, List<LoadProblem> problems)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            problems.Add(new LoadProblem(file, 1, "", "The file is empty: it should hold one JSON object."));
            return null;
        }

        if (FirstInvalidUtf8(utf8) is var invalid and >= 0)
        {
            problems.Add(new LoadProblem(file, 1 + utf8[..invalid].Count((byte)'\n'), "", "This line holds bytes that are not valid UTF-8 (the file may be in Latin-1 or Windows-1252): save the file as UTF-8."));
            return null;
        }

        var reader = new Utf8JsonReader(utf8, Options);
        var lines = new LineCounter();
        try
        {
            if (!reader.Read())
            {
                problems.Add(new LoadProblem(file, 1, "", "The file is empty: it should hold one JSON object."));
                return null;
            }

            var root = ReadValue(ref reader, utf8, ref lines, "$", file, problems);
            if (reader.Read())
            {
                problems.Add(new LoadProblem(file, lines.LineOf(utf8, reader.TokenStartIndex), "", "There is more JSON after the end of the top-level value; remove it."));
                return null;
            }

            return root;
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            problems.Add(new LoadProblem(file, line, "", $"This is not valid JSON ({FirstSentence(exception.Message)}). Check for a missing comma, quote or bracket near this line."));
            return null;
        }
    }

    private static JsonSourceNode ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, ref LineCounter lines, string path, string file, List<LoadProblem> problems)
    {
        var line = lines.LineOf(utf8, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<KeyValuePair<string, JsonSourceNode>>();
                var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameLine = lines.LineOf(utf8, reader.TokenStartIndex);
                    var name = ReadString(ref reader, path, nameLine, file, problems);
                    reader.Read();
                    var value = ReadValue(ref reader, utf8, ref lines, path + "." + name, file, problems);
                    if (!firstLines.TryAdd(name, nameLine))
                    {
                        // Parsers disagree on which of two equal keys counts (System.Text.Json keeps the first, most keep the last).
                        problems.Add(new LoadProblem(file, nameLine, path + "." + name, $"The key '{name}' is given twice in this object (first on line {firstLines[name]}): keep one."));
                        continue;
                    }

                    properties.Add(new(name, value));
                }

                return new JsonSourceNode { Kind = JsonValueKind.Object, Line = line, Path = path, Properties = properties };
            case JsonTokenType.StartArray:
                var items = new List<JsonSourceNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, utf8, ref lines, path + "[" + items.Count.ToString(CultureInfo.InvariantCulture) + "]", file, problems));
                }

                return new JsonSourceNode { Kind = JsonValueKind.Array, Line = line, Path = path, Items = items };
            case JsonTokenType.String:
                return new JsonSourceNode { Kind = JsonValueKind.String, Line = line, Path = path, String = ReadString(ref reader, path, line, file, problems) };
            case JsonTokenType.Number:
                return new JsonSourceNode { Kind = JsonValueKind.Number, Line = line, Path = path, Number = reader.GetDouble() };
            case JsonTokenType.True:
                return new JsonSourceNode { Kind = JsonValueKind.True, Line = line, Path = path, Boolean = true };
            case JsonTokenType.False:
                return new JsonSourceNode { Kind = JsonValueKind.False, Line = line, Path = path };
            default:
                return new JsonSourceNode { Kind = JsonValueKind.Null, Line = line, Path = path };
        }
    }

    /// <summary>
    /// The string at the reader. An escape that is half of a surrogate pair (<c>"\ud800"</c>) is valid JSON but no text,
    /// and the reader throws on it: that becomes a located problem, and the string reads as empty.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader, string path, int line, string file, List<LoadProblem> problems)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            problems.Add(new LoadProblem(file, line, path, "This string holds a \\u escape of half a character (a lone surrogate such as \\ud800), which is not text: remove it, or write the character itself."));
            return "";
        }
    }

    /// <summary>The index of the first byte that is not valid UTF-8, or -1 (the reader would throw on such strings).</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return -1;
        }

        var index = 0;
        while (Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) == OperationStatus.Done)
        {
            index += consumed;
        }

        return index;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }

    /// <summary>Counts new lines incrementally, since token positions only move forward.</summary>
    private struct LineCounter
    {
        private long _position;
        private int _line;

        public int LineOf(ReadOnlySpan<byte> utf8, long index)
        {
            if (_line == 0)
            {
                _line = 1;
            }

            var end = (int)Math.Min(index, utf8.Length);
            if (end > _position)
            {
                _line += utf8[(int)_position..end].Count((byte)'\n');
                _position = end;
            }

            return _line;
        }
    }
}
