using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Grader.Server.Tests.Support;

/// <summary>Request bodies and checks of responses shared by the endpoint tests.</summary>
internal static class Http
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Csv(string csv) => new(csv, Encoding.UTF8, "text/csv");

    public static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    /// <summary>A JSON request object for one essay.</summary>
    public static string Essay(string text, string? id = null, string? question = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["text"] = text, ["id"] = id, ["question"] = question }.Where(p => p.Value is not null).ToDictionary());

    /// <summary>Checks <paramref name="response"/> is an RFC 7807 problem with <paramref name="status"/>, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>The messages listed under <paramref name="location"/> in a problem's "errors".</summary>
    public static IReadOnlyList<string> Errors(JsonElement problem, string location)
    {
        Assert.True(problem.GetProperty("errors").TryGetProperty(location, out var messages), $"no error at '{location}': {problem}");
        return messages.EnumerateArray().Select(m => m.GetString()!).ToList();
    }
}
