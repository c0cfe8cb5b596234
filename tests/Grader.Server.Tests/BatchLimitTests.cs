using System.Net;
using System.Text.Json;
using Grader.Server.Tests.Support;

namespace Grader.Server.Tests;

public sealed class BatchLimitTests
{
    [Fact]
    public async Task Batch_BodyOverOneMegabyte_IsBufferedOnDiskAndGradedInOrder()
    {
        using var server = new ServerFactory();
        var essays = Enumerable.Range(0, 240).Select(i => (Id: $"E{i:000}", Text: i % 2 == 0 ? SampleEssays.Seed : SampleEssays.Scripts[i % 12].Text)).ToList();
        var body = "[" + string.Join(",", essays.Select(e => Http.Essay(e.Text, e.Id))) + "]";
        Assert.True(body.Length > 1 << 20, "the body must be over the in-memory limit");

        var response = await server.CreateClient().PostAsync("/v1/grade/batch", Http.Json(body));

        var grades = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Equal(essays.Select(e => e.Id), grades.Select(g => g.GetProperty("id").GetString()));
        Assert.Equal(SampleEssays.ExpectedJson(essays[10].Text, essays[10].Id), grades[10].GetRawText());
        Assert.Equal(SampleEssays.ExpectedJson(essays[11].Text, essays[11].Id), grades[11].GetRawText());
    }

    [Fact]
    public async Task Batch_OverTheItemCount_Is413NamingTheSetting()
    {
        using var server = new ServerFactory(new Dictionary<string, string?> { ["Server:MaxBatchItems"] = "3" });

        var response = await server.CreateClient().PostAsync("/v1/grade/batch", Http.Csv("id,text\n1,a\n2,b\n3,c\n4,d\n"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("Server:MaxBatchItems", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_BodyOverTheSizeLimit_Is413NamingTheSetting()
    {
        using var server = new ServerFactory(new Dictionary<string, string?> { ["Server:MaxBatchBodySize"] = "5000" });

        var response = await server.CreateClient().PostAsync("/v1/grade/batch", Http.Json($"[{Http.Essay(SampleEssays.Seed)}]"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("Server:MaxBatchBodySize", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/csv")]
    public async Task Batch_EntryFarOverTheEssayLimit_Is413AtThatEntry(string contentType)
    {
        using var server = new ServerFactory(new Dictionary<string, string?> { ["Grader:MaxEssayLength"] = "100" });
        var huge = new string('x', 100_000);
        var body = contentType == "text/csv" ? $"id,text\n1,short\n2,{huge}\n" : $"[{Http.Essay("short", "1")}, {Http.Essay(huge, "2")}]";

        var response = await server.CreateClient().PostAsync("/v1/grade/batch", Http.Bytes(System.Text.Encoding.UTF8.GetBytes(body), contentType));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains(contentType == "text/csv" ? "Row 2" : "$[1]", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_EssayOverTheLimitButWithinTheEntryLimit_ComesBackAsAnErrorGrade()
    {
        using var server = new ServerFactory(new Dictionary<string, string?> { ["Grader:MaxEssayLength"] = "1000" });

        var response = await server.CreateClient().PostAsync("/v1/grade/batch", Http.Json($"[{Http.Essay(SampleEssays.Seed, "long")}]"));

        var grade = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal("error", grade.GetProperty("status").GetString());
        Assert.Contains("over the limit of 1,000", grade.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
