using System.Buffers;
using System.Text.Json;
using CsvHelper;

namespace Grader.LoadTest;

/// <summary>
/// The request bodies one run sends in rotation: the seed essay alone, or the 12 sample scripts. They name no question,
/// so the server grades them against its default (its only question).
/// </summary>
internal sealed record Workload(string Name, IReadOnlyList<byte[]> Bodies)
{
    public static Workload Load(string name, string root) => name switch
    {
        "seed" => new("seed essay (950 words)", [Body("seed", File.ReadAllText(Path.Combine(root, "seeds", "000_98c4dcf6fd94ba68.txt")))]),
        _ => new("12 sample scripts in rotation", Scripts(Path.Combine(root, "data", "soviet-union-prc", "scripts.csv"))),
    };

    private static List<byte[]> Scripts(string path)
    {
        using var reader = CsvReader.FromText(File.ReadAllText(path), new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true, Mode = CsvMode.Rfc4180 });
        reader.Read();
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
        var (id, text) = (header.IndexOf("id"), header.IndexOf("text"));
        var bodies = new List<byte[]>();
        while (reader.Read())
        {
            bodies.Add(Body(reader.GetString(id), reader.GetString(text)));
        }

        return bodies;
    }

    private static byte[] Body(string id, string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("text", text);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
