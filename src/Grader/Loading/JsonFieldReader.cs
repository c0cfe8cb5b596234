using System.Text.Json;

namespace Grader.Loading;

/// <summary>
/// Reads typed fields from <see cref="JsonSourceNode"/> objects, recording a located problem for every missing,
/// mistyped, out-of-range or unknown field instead of stopping at the first, so a user sees all of them at once.
/// </summary>
internal sealed class JsonFieldReader(string file, List<LoadProblem> problems)
{
    public string File { get; } = file;

    public void Problem(JsonSourceNode node, string message) => problems.Add(new LoadProblem(File, node.Line, node.Path, message));

    public void Problem(JsonSourceNode node, string field, string message) =>
        problems.Add(new LoadProblem(File, node.Line, node.Path + "." + field, message));

    /// <summary>Whether <paramref name="node"/> is an object; records a problem when it is not.</summary>
    public bool IsObject(JsonSourceNode node, string what)
    {
        if (node.Kind == JsonValueKind.Object)
        {
            return true;
        }

        Problem(node, $"Expected {what} as a JSON object {{ … }}, found {node.Describe()}.");
        return false;
    }

    /// <summary>Records a problem for each field of <paramref name="node"/> not in <paramref name="known"/> (a typo guard).</summary>
    public void RejectUnknownFields(JsonSourceNode node, params string[] known)
    {
        foreach (var property in node.Properties)
        {
            if (System.Array.IndexOf(known, property.Key) >= 0 || property.Key.StartsWith('$'))
            {
                continue;
            }

            var suggestion = ClosestName(property.Key, known);
            var hint = suggestion is null ? "" : $" Did you mean '{suggestion}'?";
            problems.Add(new LoadProblem(File, property.Value.Line, property.Value.Path, $"Unknown field '{property.Key}'.{hint} Known fields here: {string.Join(", ", known)}."));
        }
    }

    public string? String(JsonSourceNode node, string field, bool required, string? example = null)
    {
        var value = node.Property(field);
        if (value is null)
        {
            if (required)
            {
                Problem(node, field, Missing(field, "a text", example));
            }

            return null;
        }

        if (value.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.String))
        {
            Problem(value, $"'{field}' must be a non-empty string, found {value.Describe()}.");
            return null;
        }

        return value.String!.Trim();
    }

    public int? Integer(JsonSourceNode node, string field, bool required, int min, int max, string? example = null)
    {
        var value = node.Property(field);
        if (value is null)
        {
            if (required)
            {
                Problem(node, field, Missing(field, $"a whole number from {min} to {max}", example));
            }

            return null;
        }

        if (value.Kind != JsonValueKind.Number || value.Number != Math.Floor(value.Number) || value.Number < min || value.Number > max)
        {
            var found = value.Kind == JsonValueKind.Number ? value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.Describe();
            Problem(value, $"'{field}' must be a whole number from {min} to {max}, found {found}.");
            return null;
        }

        return (int)value.Number;
    }

    public double? Number(JsonSourceNode node, string field, bool required, double min, double max, string? example = null)
    {
        var value = node.Property(field);
        if (value is null)
        {
            if (required)
            {
                Problem(node, field, Missing(field, $"a number from {min} to {max}", example));
            }

            return null;
        }

        if (value.Kind != JsonValueKind.Number || value.Number < min || value.Number > max)
        {
            var found = value.Kind == JsonValueKind.Number ? value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.Describe();
            Problem(value, $"'{field}' must be a number from {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} to {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}, found {found}.");
            return null;
        }

        return value.Number;
    }

    /// <summary>The items of an array field (empty when missing or mistyped, with a problem recorded as needed).</summary>
    public IReadOnlyList<JsonSourceNode> Array(JsonSourceNode node, string field, bool required, int minItems = 0)
    {
        var value = node.Property(field);
        if (value is null)
        {
            if (required)
            {
                Problem(node, field, $"Missing '{field}': add an array [ … ] with at least {Math.Max(1, minItems)} item(s).");
            }

            return System.Array.Empty<JsonSourceNode>();
        }

        if (value.Kind != JsonValueKind.Array)
        {
            Problem(value, $"'{field}' must be an array [ … ], found {value.Describe()}.");
            return System.Array.Empty<JsonSourceNode>();
        }

        if (value.Items.Count < minItems)
        {
            Problem(value, $"'{field}' needs at least {minItems} item(s), found {value.Items.Count}.");
        }

        return value.Items;
    }

    /// <summary>An array of non-empty strings (each bad item reported on its own).</summary>
    public IReadOnlyList<string> Strings(JsonSourceNode node, string field, bool required, int minItems = 0)
    {
        var items = Array(node, field, required, minItems);
        var strings = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item.Kind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.String))
            {
                strings.Add(item.String!.Trim());
            }
            else
            {
                Problem(item, $"Each item of '{field}' must be a non-empty string, found {item.Describe()}.");
            }
        }

        return strings;
    }

    private static string Missing(string field, string kind, string? example) =>
        example is null ? $"Missing '{field}': add {kind}." : $"Missing '{field}': add {kind}, for example \"{field}\": {example}.";

    private static string? ClosestName(string name, string[] known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
