using System.Net;
using System.Text.Json;
using Grader.Server.Tests.Support;

namespace Grader.Server.Tests;

public sealed class ServiceEndpointsTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Health_Serving_IsHealthyWithTheQuestionCount()
    {
        var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"healthy\",\"questions\":1}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryEndpointAndTheRequest()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/v1/grade", "/v1/grade/batch", "/v1/questions", "/v1/questions/{id}", "/health" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"no {path} in the OpenAPI document");
        }

        var batchTypes = paths.GetProperty("/v1/grade/batch").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(batchTypes.TryGetProperty("text/csv", out _));
        Assert.True(document.GetProperty("components").GetProperty("schemas").GetProperty("GradeRequest").GetProperty("properties").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task UnknownPathAndWrongMethod_AreProblemsPointingToTheOpenApiDocument()
    {
        var missing = await Http.ProblemAsync(await _client.GetAsync("/v2/grade"), HttpStatusCode.NotFound);
        var method = await Http.ProblemAsync(await _client.GetAsync("/v1/grade"), HttpStatusCode.MethodNotAllowed);

        Assert.Contains("/openapi/v1.json", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("does not take GET", method.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
