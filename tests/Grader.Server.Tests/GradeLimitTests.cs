using System.Net;
using Grader.Server.Tests.Support;

namespace Grader.Server.Tests;

public sealed class GradeLimitTests
{
    [Fact]
    public async Task Grade_EssayOverTheLengthLimit_Is422SayingTheLimit()
    {
        using var server = new ServerFactory(new Dictionary<string, string?> { ["Grader:MaxEssayLength"] = "1000" });
        var client = server.CreateClient();

        var response = await client.PostAsync("/v1/grade", Http.Json(Http.Essay(SampleEssays.Seed[..1001])));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("1,001 characters long, over the limit of 1,000", Assert.Single(Http.Errors(problem, "$.text")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v1/grade", Http.Json(Http.Essay(SampleEssays.Seed[..1000])))).StatusCode);
    }

    [Fact]
    public async Task Grade_BodyOverTheSizeLimit_Is413NamingTheSetting()
    {
        using var server = new ServerFactory(new Dictionary<string, string?> { ["Server:MaxRequestBodySize"] = "2000" });
        var client = server.CreateClient();

        var declared = await client.PostAsync("/v1/grade", Http.Json(Http.Essay(SampleEssays.Seed)));
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/v1/grade") { Content = Http.Json(Http.Essay(SampleEssays.Seed)) };
        chunked.Headers.TransferEncodingChunked = true;
        chunked.Content.Headers.ContentLength = null;
        var undeclared = await client.SendAsync(chunked);

        foreach (var response in new[] { declared, undeclared })
        {
            var problem = await Http.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
            Assert.Contains("Server:MaxRequestBodySize", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }
}
