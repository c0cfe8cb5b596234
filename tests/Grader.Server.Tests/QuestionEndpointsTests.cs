using System.Net;
using System.Text.Json;
using Grader.Server.Tests.Support;

namespace Grader.Server.Tests;

public sealed class QuestionEndpointsTests
{
    [Fact]
    public async Task Questions_TwoServedWithWarmUp_ListsBothAndGradesAgainstTheOneNamed()
    {
        using var server = new ServerFactory(new Dictionary<string, string?>
        {
            ["Grader:Questions:second:Rubric"] = "data/soviet-union-prc/rubric.json",
            ["Grader:DefaultQuestion"] = "second",
            ["Grader:WarmUp:Enabled"] = "true",
        });
        var client = server.CreateClient();

        var list = JsonDocument.Parse(await client.GetStringAsync("/v1/questions")).RootElement.EnumerateArray().ToList();
        var named = await client.PostAsync("/v1/grade", Http.Json(Http.Essay(SampleEssays.Seed, question: "Soviet")));

        Assert.Equal(["second", "soviet"], list.Select(q => q.GetProperty("id").GetString()));
        Assert.Equal([true, false], list.Select(q => q.GetProperty("isDefault").GetBoolean()));
        Assert.Equal("pre-u-9778-2013b-soviet-union", list[0].GetProperty("rubricId").GetString());
        Assert.Equal(30, list[0].GetProperty("maxMark").GetInt32());
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
    }

    [Fact]
    public async Task Question_ById_DescribesCriteriaLevelsBandsAndLimits()
    {
        using var server = new ServerFactory();

        var question = JsonDocument.Parse(await server.CreateClient().GetStringAsync("/v1/questions/SOVIET")).RootElement;

        Assert.Equal("soviet", question.GetProperty("id").GetString());
        Assert.Equal(200_000, question.GetProperty("maxEssayLength").GetInt32());
        var criteria = question.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(30, criteria.Sum(c => c.GetProperty("max").GetInt32()));
        Assert.Contains(criteria, c => c.GetProperty("id").GetString() == "judgement" && c.GetProperty("levels").GetArrayLength() > 1);
        Assert.NotEmpty(question.GetProperty("bands").EnumerateArray());
        Assert.True(question.GetProperty("guideWords").GetProperty("max").GetInt32() > 0);
    }

    [Fact]
    public async Task Question_Unknown_Is404NamingTheQuestionsServed()
    {
        using var server = new ServerFactory();

        var problem = await Http.ProblemAsync(await server.CreateClient().GetAsync("/v1/questions/french"), HttpStatusCode.NotFound);

        Assert.Contains("soviet", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
