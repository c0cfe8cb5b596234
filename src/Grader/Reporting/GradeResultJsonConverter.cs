using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Scoring;

namespace Grader.Reporting;

/// <summary>
/// System.Text.Json's view of a <see cref="GradeResult"/>: writes exactly what <see cref="GradeJsonWriter"/> writes
/// (rendered by it, so the bytes are the same whatever encoder the serializer options name) and reads that document
/// back. The document has no sentence count, so a grade read back has <see cref="EssayStatistics.Sentences"/> 0.
/// </summary>
internal sealed class GradeResultJsonConverter : JsonConverter<GradeResult>
{
    public override void Write(Utf8JsonWriter writer, GradeResult value, JsonSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var inner = new Utf8JsonWriter(buffer, GradeJsonWriter.Compact))
        {
            GradeJsonWriter.Write(inner, value);
        }

        writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
    }

    public override GradeResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A grade is a JSON object.");
        }

        if (root.TryGetProperty("schemaVersion", out var version) && version.GetInt32() > GradeJsonWriter.SchemaVersion)
        {
            throw new JsonException($"This grade has schemaVersion {version.GetInt32()}; this library reads up to {GradeJsonWriter.SchemaVersion}.");
        }

        return new GradeResult
        {
            Status = Status(String(root, "status")),
            Error = root.TryGetProperty("error", out var error) ? error.GetString() : null,
            Total = root.GetProperty("total").GetInt32(),
            Max = root.GetProperty("max").GetInt32(),
            Band = String(root, "band"),
            Statistics = new EssayStatistics { Words = root.GetProperty("words").GetInt32(), Paragraphs = root.GetProperty("paragraphs").GetInt32(), Sentences = 0 },
            Criteria = [.. root.GetProperty("criteria").EnumerateArray().Select(ReadCriterion)],
            Flags = [.. root.GetProperty("flags").EnumerateArray().Select(ReadFlag)],
            KeyPoints = [.. root.GetProperty("keyPoints").EnumerateArray().Select(ReadKeyPoint)],
            Signals = [.. root.GetProperty("signals").EnumerateObject().Select(p => new SignalValue { Name = p.Name, Value = p.Value.GetDouble() })],
            Unmarked = root.TryGetProperty("unmarked", out var unmarked)
                ? [.. unmarked.EnumerateArray().Select(u => new UnmarkedPassage { Code = String(u, "code"), Message = String(u, "message"), Quote = ReadQuote(u.GetProperty("quote")) })]
                : [],
        };
    }

    private static CriterionResult ReadCriterion(JsonElement element) => new()
    {
        Id = String(element, "id"),
        Name = String(element, "name"),
        Level = element.GetProperty("level").GetInt32(),
        LevelName = String(element, "levelName"),
        Mark = element.GetProperty("mark").GetInt32(),
        Max = element.GetProperty("max").GetInt32(),
        Score = element.GetProperty("score").GetDouble(),
        Descriptor = String(element, "descriptor"),
        Reasons = [.. element.GetProperty("reasons").EnumerateArray().Select(reason => new MarkReason
        {
            Effect = Parse(String(reason, "effect"), GradeJsonWriter.EffectName, Enum.GetValues<ReasonEffect>()),
            Signal = String(reason, "signal"),
            Message = String(reason, "message"),
            Quotes = [.. reason.GetProperty("quotes").EnumerateArray().Select(ReadQuote)],
        })],
    };

    private static GradeFlag ReadFlag(JsonElement element) => new()
    {
        Code = String(element, "code"),
        Kind = Parse(String(element, "kind"), GradeJsonWriter.KindName, Enum.GetValues<FlagKind>()),
        Message = String(element, "message"),
        Quote = element.TryGetProperty("quote", out var quote) ? ReadQuote(quote) : null,
    };

    private static KeyPointCoverage ReadKeyPoint(JsonElement element) => new()
    {
        Id = String(element, "id"),
        Coverage = element.GetProperty("coverage").GetDouble(),
        Similarity = element.TryGetProperty("similarity", out var similarity) ? similarity.GetDouble() : 0,
        BestMatch = element.TryGetProperty("bestMatch", out var quote) ? ReadQuote(quote) : null,
    };

    private static Quote ReadQuote(JsonElement element) => new()
    {
        Start = element.GetProperty("start").GetInt32(),
        Length = element.GetProperty("length").GetInt32(),
        Text = String(element, "text"),
    };

    private static GradeStatus Status(string name) => Parse(name, GradeJsonWriter.StatusName, Enum.GetValues<GradeStatus>());

    private static T Parse<T>(string name, Func<T, string> nameOf, T[] values)
        where T : struct, Enum
    {
        foreach (var value in values)
        {
            if (nameOf(value) == name)
            {
                return value;
            }
        }

        throw new JsonException($"'{name}' is not a {typeof(T).Name} of a grade.");
    }

    private static string String(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new JsonException($"'{name}' must be a string.");
}
