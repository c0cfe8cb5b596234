namespace Grader.Server.Tests;

public sealed class ServerArgumentsTests
{
    [Fact]
    public void Parse_OwnSwitches_BecomeSettingsAndTheRestPassesThrough()
    {
        var parsed = ServerArguments.Parse(
            ["--question", "a=x/rubric.json", "--urls", "http://127.0.0.1:9000", "--rubric", "data/soviet-union-prc/rubric.json", "--max-essay-length", "5000", "--max-body-size", "100", "--max-batch-size", "200", "--no-warm-up", "--require-saved-model", "--Server:MaxBatchItems=7"],
            out var error);

        Assert.Null(error);
        Assert.NotNull(parsed);
        Assert.Equal(
            [
                new("Grader:Questions:a:Rubric", "x/rubric.json"),
                new("Grader:Questions:soviet-union-prc:Rubric", "data/soviet-union-prc/rubric.json"),
                new("Grader:MaxEssayLength", "5000"),
                new("Server:MaxRequestBodySize", "100"),
                new("Server:MaxBatchBodySize", "200"),
                new("Grader:WarmUp:Enabled", "false"),
                new("Grader:RequireSavedSimilarityModel", "true"),
            ],
            parsed.Settings);
        Assert.Equal(["--urls", "http://127.0.0.1:9000", "--Server:MaxBatchItems=7"], parsed.PassThrough);
        Assert.False(parsed.Help);
    }

    [Theory]
    [InlineData("--question", "soviet", "<name>=<rubric.json>")]
    [InlineData("--question", "=x.json", "<name>=<rubric.json>")]
    [InlineData("--max-essay-length", "0", "at least 1")]
    [InlineData("--max-essay-length", "3000000000", "at least 1")]
    [InlineData("--max-body-size", "1MB", "whole number")]
    public void Parse_BadValue_SaysWhatTheSwitchTakes(string name, string value, string expected)
    {
        Assert.Null(ServerArguments.Parse([name, value], out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SwitchWithoutValue_IsAnError()
    {
        Assert.Null(ServerArguments.Parse(["--rubric"], out var error));
        Assert.Equal("--rubric needs a value.", error);
    }
}
