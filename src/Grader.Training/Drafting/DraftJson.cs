using System.Text.Encodings.Web;
using System.Text.Json;

namespace Grader.Drafting;

/// <summary>How drafted JSON files are written: indented, two spaces, letters and dashes as they are (not \u escapes), LF line ends.</summary>
internal static class DraftJson
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Writes <paramref name="items"/> as the array <paramref name="name"/> of objects, each object's fields by <paramref name="fields"/>.</summary>
    public static void Objects<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            fields(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
