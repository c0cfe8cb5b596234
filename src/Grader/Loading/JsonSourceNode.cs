using System.Text.Json;

namespace Grader.Loading;

/// <summary>A JSON value read from a file, with the line it starts on and its JSON path, so problems can point at it.</summary>
internal sealed class JsonSourceNode
{
    public required JsonValueKind Kind { get; init; }

    public required int Line { get; init; }

    public required string Path { get; init; }

    public string? String { get; init; }

    public double Number { get; init; }

    public bool Boolean { get; init; }

    public IReadOnlyList<JsonSourceNode> Items { get; init; } = Array.Empty<JsonSourceNode>();

    public IReadOnlyList<KeyValuePair<string, JsonSourceNode>> Properties { get; init; } = Array.Empty<KeyValuePair<string, JsonSourceNode>>();

    public JsonSourceNode? Property(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Key == name)
            {
                return property.Value;
            }
        }

        return null;
    }

    public string Describe() => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
