using System.Buffers;
using System.Text.Json;

namespace Grader.Server;

/// <summary>The body of <c>POST /v1/grade</c> parsed: the request, or every problem with it.</summary>
internal sealed record SingleGradeRequest(GradeRequest? Request, IReadOnlyList<RequestProblem> Problems)
{
    public static SingleGradeRequest Parse(ReadOnlySequence<byte> body)
    {
        var problems = new List<RequestProblem>();
        if (body.IsEmpty)
        {
            problems.Add(new("$", "The body is empty. Send a JSON object such as {\"text\": \"…\", \"id\": \"S001\"}.", IsSyntax: true));
            return new(null, problems);
        }

        var reader = new Utf8JsonReader(body, JsonSyntax.ReaderOptions);
        try
        {
            reader.Read();
            var request = GradeRequestReader.Read(ref reader, "$", problems);
            reader.Read();
            return new(problems.Count == 0 ? request : null, problems);
        }
        catch (JsonException exception)
        {
            problems.Add(JsonSyntax.Problem("$", exception));
            return new(null, problems);
        }
    }
}
