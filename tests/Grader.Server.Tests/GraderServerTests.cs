using Grader.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Grader.Server.Tests;

public sealed class GraderServerTests
{
    [Fact]
    public async Task RunAsync_BadCommandLine_Exits2WithUsage()
    {
        var (code, output, error) = await RunAsync("--question", "no-equals-sign");

        Assert.Equal(GraderServer.Usage, code);
        Assert.Empty(output);
        Assert.Contains("usage: grader serve", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Help_PrintsUsageAndExits0()
    {
        var (code, output, _) = await RunAsync("--help");

        Assert.Equal(GraderServer.Success, code);
        Assert.Contains("POST /v1/grade/batch", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_QuestionsThatDoNotLoad_Exits3ListingEveryProblemWithoutAStackTrace()
    {
        var (code, _, error) = await RunAsync("--question", "a=/no/such/rubric.json", "--question", "b=/nor/this.json", "--max-essay-length", "10", "--urls", "http://127.0.0.1:0");

        Assert.Equal(GraderServer.Failure, code);
        Assert.Contains("the server cannot start (2 problems)", error, StringComparison.Ordinal);
        Assert.Contains("Question 'a': there is no rubric at /no/such/rubric.json", error, StringComparison.Ordinal);
        Assert.Contains("Question 'b': there is no rubric at /nor/this.json", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadServerSetting_Exits3NamingIt()
    {
        var (code, _, error) = await RunAsync("--rubric", RepositoryFiles.Rubric, "--Server:MaxBatchItems=0", "--no-warm-up");

        Assert.Equal(GraderServer.Failure, code);
        Assert.Contains("Server:MaxBatchItems is 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadGraderLimits_Exits3NamingEveryOne()
    {
        var (code, _, error) = await RunAsync("--rubric", RepositoryFiles.Rubric, "--Grader:MaxFlags=1", "--Grader:MaxReasonsPerCriterion", "0", "--no-warm-up");

        Assert.Equal(GraderServer.Failure, code);
        Assert.Contains("the server cannot start (2 problems)", error, StringComparison.Ordinal);
        Assert.Contains("MaxFlags is 1: it must be at least 2.", error, StringComparison.Ordinal);
        Assert.Contains("MaxReasonsPerCriterion is 0: it must be at least 2.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_ShutdownTimeoutSetting_IsTheHostsShutdownTimeout()
    {
        var arguments = ServerArguments.Parse(["--rubric", RepositoryFiles.Rubric, "--Server:ShutdownTimeout=00:00:07"], out _)!;
        await using var app = ServerApplication.Build(arguments, fallbackRubric: null);

        Assert.Equal(TimeSpan.FromSeconds(7), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GraderServer.RunAsync(args, fallbackRubric: null, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
