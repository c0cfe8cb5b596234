using System.Globalization;
using System.Text.Json;

namespace Grader.Server;

/// <summary>
/// Reads one <see cref="GradeRequest"/> object with <see cref="Utf8JsonReader"/> (no reflection), reporting each
/// missing, misspelt, repeated or mistyped field with its JSON path. Syntax errors are left to the reader's
/// <see cref="JsonException"/>, which the caller turns into a located 400.
/// </summary>
internal static class GradeRequestReader
{
    private const string Fields = "The fields are \"text\" (the essay, required), \"question\" and \"id\".";

    /// <summary>
    /// Reads the value at the reader's current token (already read) as a request; null when it has problems, which are
    /// added to <paramref name="problems"/> under <paramref name="path"/>. The whole value must be in the reader's data.
    /// </summary>
    public static GradeRequest? Read(ref Utf8JsonReader reader, string path, List<RequestProblem> problems)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            problems.Add(new(path, $"An essay must be a JSON object such as {{\"text\": \"…\", \"id\": \"S001\"}}, not {Describe(reader.TokenType)}."));
            reader.Skip();
            return null;
        }

        var before = problems.Count;
        string? question = null, text = null, id = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var at = $"{path}.{name}";
            reader.Read();
            if (!seen.Add(name))
            {
                problems.Add(new(at, $"The field \"{name}\" is given twice. Give it once."));
                reader.Skip();
                continue;
            }

            switch (name)
            {
                case "text":
                    text = ReadString(ref reader, at, "the essay's text", problems);
                    break;
                case "question":
                    question = ReadString(ref reader, at, "the name of a question served here (see GET /v1/questions)", problems);
                    break;
                case "id":
                    id = ReadId(ref reader, at, problems);
                    break;
                default:
                    problems.Add(new(at, $"There is no field \"{name}\". {Fields}"));
                    reader.Skip();
                    break;
            }
        }

        if (text is null && !seen.Contains("text"))
        {
            problems.Add(new($"{path}.text", $"The essay's text is missing. {Fields}"));
        }

        return problems.Count == before && text is not null ? new GradeRequest(question, text, id) : null;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string at, string what, List<RequestProblem> problems)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return GetString(ref reader, at, problems);
        }

        problems.Add(new(at, $"This must be a string: {what}; it is {Describe(reader.TokenType)}."));
        reader.Skip();
        return null;
    }

    private static string? ReadId(ref Utf8JsonReader reader, string at, List<RequestProblem> problems)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return GetString(ref reader, at, problems);
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number)
                    ? number.ToString(CultureInfo.InvariantCulture)
                    : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.Null:
                return null;
            default:
                problems.Add(new(at, $"The id must be a string or a number; it is {Describe(reader.TokenType)}."));
                reader.Skip();
                return null;
        }
    }

    private static string? GetString(ref Utf8JsonReader reader, string at, List<RequestProblem> problems)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            problems.Add(new(at, "The string holds bytes that are not valid UTF-8 (or an invalid escape). Send the body as UTF-8.", IsSyntax: true));
            return null;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
