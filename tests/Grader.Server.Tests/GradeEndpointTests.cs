using System.Net;
using System.Text;
using Grader.Server.Tests.Support;

namespace Grader.Server.Tests;

public sealed class GradeEndpointTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Grade_SeedEssay_AnswersTheLibrarysGradeJsonWithTheIdFirst()
    {
        var response = await _client.PostAsync("/v1/grade", Http.Json(Http.Essay(SampleEssays.Seed, id: "seed", question: "soviet")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SampleEssays.ExpectedJson(SampleEssays.Seed, "seed"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Grade_NoQuestionAndOneServed_GradesAgainstIt()
    {
        var (id, text) = SampleEssays.Scripts[3];

        var response = await _client.PostAsync("/v1/grade", Http.Json(Http.Essay(text, id)));

        Assert.Equal(SampleEssays.ExpectedJson(text, id), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Grade_NumericIdAndNoId_EchoTheNumberAsAStringOrNoId()
    {
        var numbered = await _client.PostAsync("/v1/grade", Http.Json("{\"id\": 42, \"text\": " + System.Text.Json.JsonSerializer.Serialize(SampleEssays.Seed) + "}"));
        var anonymous = await _client.PostAsync("/v1/grade", Http.Json(Http.Essay(SampleEssays.Seed)));

        Assert.Equal(SampleEssays.ExpectedJson(SampleEssays.Seed, "42"), await numbered.Content.ReadAsStringAsync());
        Assert.Equal(SampleEssays.ExpectedJson(SampleEssays.Seed, null), await anonymous.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Grade_BodyNotUtf8Json_Is415SayingWhatToSend(string contentType)
    {
        var response = await _client.PostAsync("/v1/grade", Http.Bytes(Encoding.UTF8.GetBytes(Http.Essay("An essay.")), contentType));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grade_InvalidJson_Is400WithTheLineAndByte()
    {
        var response = await _client.PostAsync("/v1/grade", Http.Json("{\n  \"id\": \"S1\",\n  \"text\": \"an \"unescaped\" quote\"\n}"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("The body is not valid JSON at line 3, byte 16:", Assert.Single(Http.Errors(problem, "$")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grade_EmptyBody_Is400()
    {
        var response = await _client.PostAsync("/v1/grade", Http.Json(""));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("empty", Assert.Single(Http.Errors(problem, "$")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grade_MisspeltMistypedAndRepeatedFields_Is422ListingEachByPath()
    {
        var response = await _client.PostAsync("/v1/grade", Http.Json("{\"essay\": \"x\", \"id\": true, \"question\": 3, \"question\": \"soviet\"}"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("There is no field \"essay\"", Assert.Single(Http.Errors(problem, "$.essay")), StringComparison.Ordinal);
        Assert.Contains("string or a number", Assert.Single(Http.Errors(problem, "$.id")), StringComparison.Ordinal);
        Assert.Equal(2, Http.Errors(problem, "$.question").Count);
        Assert.Contains("missing", Assert.Single(Http.Errors(problem, "$.text")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grade_NotAnObject_Is422()
    {
        var response = await _client.PostAsync("/v1/grade", Http.Json("[\"an essay\"]"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not an array", Assert.Single(Http.Errors(problem, "$")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grade_UnknownQuestion_Is422NamingTheQuestionsServed()
    {
        var response = await _client.PostAsync("/v1/grade", Http.Json(Http.Essay("An essay.", question: "french")));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'french'", Assert.Single(Http.Errors(problem, "$.question")), StringComparison.Ordinal);
        Assert.Contains("soviet", Http.Errors(problem, "$.question")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grade_BlankEssay_Is422AtText()
    {
        var response = await _client.PostAsync("/v1/grade", Http.Json(Http.Essay(" \n ")));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("empty", Assert.Single(Http.Errors(problem, "$.text")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grade_InvalidUtf8InTheText_Is400AtText()
    {
        var body = Encoding.UTF8.GetBytes("{\"text\": \"caf\u00e9 X\"}");
        var at = Array.IndexOf(body, (byte)'X');
        body[at] = 0xC3;

        var response = await _client.PostAsync("/v1/grade", Http.Bytes(body, "application/json"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task Grade_ManyConcurrentRequests_GiveTheSameGradesAsOneAtATime()
    {
        var essays = SampleEssays.Scripts.Append(("seed", SampleEssays.Seed)).ToList();
        var sequential = new List<string>();
        foreach (var (id, text) in essays)
        {
            sequential.Add(await (await _client.PostAsync("/v1/grade", Http.Json(Http.Essay(text, id)))).Content.ReadAsStringAsync());
        }

        var requests = Enumerable.Range(0, 8 * essays.Count).Select(async i =>
        {
            var (id, text) = essays[i % essays.Count];
            var response = await _client.PostAsync("/v1/grade", Http.Json(Http.Essay(text, id)));
            return (i % essays.Count, await response.Content.ReadAsStringAsync());
        });
        var parallel = await Task.WhenAll(requests);

        Assert.All(parallel, pair => Assert.Equal(sequential[pair.Item1], pair.Item2));
        Assert.Equal(SampleEssays.ExpectedJson(SampleEssays.Seed, "seed"), sequential[^1]);
    }
}
