using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Hosting;
using Grader.Scoring;
using Grader.Server.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Server.Tests;

/// <summary>Runs the minimal API sample of docs/embedding.md as written there (only the content root and the test server are set).</summary>
public sealed class EmbeddingSampleTests
{
    [Fact]
    public async Task MinimalApiSample_KeyedQuestion_GradesLikeTheLibraryAndRefusesAnEssayOverItsLimit()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = RepositoryFiles.Root });
        builder.WebHost.UseTestServer();

        // --- sample start ---
        builder.Services.AddGrader(builder.Configuration.GetSection("Grader"))
            .AddQuestion("soviet", "data/soviet-union-prc/rubric.json")
            .ConfigureGrading(limits => limits.MaxEssayLength = 50_000);

        var app = builder.Build();
        app.MapPost("/mark", ([FromKeyedServices("soviet")] GradedQuestion question, EssaySubmission essay) =>
        {
            GradeResult result = question.Grade(essay.Text);
            return result.Status == GradeStatus.Error
                ? Results.Problem(result.Error, statusCode: StatusCodes.Status422UnprocessableEntity)
                : Results.Ok(result);
        });
        // --- sample end ---

        await app.StartAsync();
        using var client = app.GetTestClient();
        var graded = await client.PostAsJsonAsync("/mark", new EssaySubmission(SampleEssays.Seed));
        var tooLong = await client.PostAsJsonAsync("/mark", new EssaySubmission(new string('a', 50_001)));

        Assert.Equal(HttpStatusCode.OK, graded.StatusCode);
        var body = JsonDocument.Parse(await graded.Content.ReadAsStringAsync()).RootElement;
        var expected = JsonDocument.Parse(SampleEssays.ExpectedJson(SampleEssays.Seed, null)).RootElement;
        Assert.Equal(expected.GetProperty("schemaVersion").GetInt32(), body.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(expected.GetProperty("status").GetString(), body.GetProperty("status").GetString());
        Assert.Equal(expected.GetProperty("total").GetInt32(), body.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("over the limit of 50,000", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.StopAsync();
    }
}
