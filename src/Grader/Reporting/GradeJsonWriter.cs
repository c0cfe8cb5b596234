using System.Text.Encodings.Web;
using System.Text.Json;
using Grader.Scoring;

namespace Grader.Reporting;

/// <summary>
/// Writes a <see cref="GradeResult"/> as JSON: the id (when given), <c>schemaVersion</c>, status, total, max, band,
/// criteria (id, level, mark, max, reasons…), flags (code, message…), key-point coverage, the passages that earned
/// nothing (<c>unmarked</c>) and signals; enums as lower-case strings. Field order is fixed and numbers are invariant,
/// so the same grade always gives the same bytes. This is the one JSON contract of a grade: System.Text.Json
/// serialization of <see cref="GradeResult"/> (through <see cref="GraderJsonContext"/> or reflection) writes the same
/// document and reads it back.
/// </summary>
public static class GradeJsonWriter
{
    /// <summary>
    /// The version of the grade document's shape, written as <c>schemaVersion</c>. It changes only when a field is
    /// removed, renamed or changes meaning; new fields may appear without it changing.
    /// </summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The options of the compact form, also used by <see cref="GradeResultJsonConverter"/>.</summary>
    internal static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The grade as a JSON document; <paramref name="id"/>, when given, is written first.</summary>
    public static string ToJson(GradeResult result, string? id = null, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(writer, result, id);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the grade as one JSON object to <paramref name="writer"/>; <paramref name="id"/>, when given, is written first.</summary>
    public static void Write(Utf8JsonWriter writer, GradeResult result, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("status", StatusName(result.Status));
        if (result.Error is not null)
        {
            writer.WriteString("error", result.Error);
        }

        writer.WriteNumber("total", result.Total);
        writer.WriteNumber("max", result.Max);
        writer.WriteString("band", result.Band);
        writer.WriteNumber("words", result.Statistics.Words);
        writer.WriteNumber("paragraphs", result.Statistics.Paragraphs);
        writer.WriteStartArray("criteria");
        foreach (var criterion in result.Criteria)
        {
            writer.WriteStartObject();
            writer.WriteString("id", criterion.Id);
            writer.WriteString("name", criterion.Name);
            writer.WriteNumber("level", criterion.Level);
            writer.WriteString("levelName", criterion.LevelName);
            writer.WriteNumber("mark", criterion.Mark);
            writer.WriteNumber("max", criterion.Max);
            writer.WriteNumber("score", criterion.Score);
            writer.WriteString("descriptor", criterion.Descriptor);
            writer.WriteStartArray("reasons");
            foreach (var reason in criterion.Reasons)
            {
                writer.WriteStartObject();
                writer.WriteString("effect", EffectName(reason.Effect));
                writer.WriteString("signal", reason.Signal);
                writer.WriteString("message", reason.Message);
                writer.WriteStartArray("quotes");
                foreach (var quote in reason.Quotes)
                {
                    WriteQuote(writer, quote);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("flags");
        foreach (var flag in result.Flags)
        {
            writer.WriteStartObject();
            writer.WriteString("code", flag.Code);
            writer.WriteString("kind", KindName(flag.Kind));
            writer.WriteString("message", flag.Message);
            if (flag.Quote is { } quote)
            {
                writer.WritePropertyName("quote");
                WriteQuote(writer, quote);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("keyPoints");
        foreach (var keyPoint in result.KeyPoints)
        {
            writer.WriteStartObject();
            writer.WriteString("id", keyPoint.Id);
            writer.WriteNumber("coverage", keyPoint.Coverage);
            writer.WriteNumber("similarity", keyPoint.Similarity);
            if (keyPoint.BestMatch is { } quote)
            {
                writer.WritePropertyName("bestMatch");
                WriteQuote(writer, quote);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("unmarked");
        foreach (var passage in result.Unmarked)
        {
            writer.WriteStartObject();
            writer.WriteString("code", passage.Code);
            writer.WriteString("message", passage.Message);
            writer.WritePropertyName("quote");
            WriteQuote(writer, passage.Quote);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("signals");
        foreach (var signal in result.Signals)
        {
            writer.WriteNumber(signal.Name, signal.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The status as the JSON writes it: "ok", "review" or "error".</summary>
    public static string StatusName(GradeStatus status) => status switch
    {
        GradeStatus.Ok => "ok",
        GradeStatus.Review => "review",
        _ => "error",
    };

    internal static string KindName(FlagKind kind) => kind == FlagKind.Advisory ? "advisory" : "informational";

    internal static string EffectName(ReasonEffect effect) => effect switch
    {
        ReasonEffect.Earned => "earned",
        ReasonEffect.Cost => "cost",
        _ => "note",
    };

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", quote.Start);
        writer.WriteNumber("length", quote.Length);
        writer.WriteString("text", quote.Text);
        writer.WriteEndObject();
    }
}
