namespace Grader.Server.Tests;

public sealed class ServerArgumentsTests
{
    [Fact]
    public void Parse_OwnSwitches_BecomeSettingsAndTheRestPassesThrough()
    {
        var parsed = ServerArguments.Parse(
            ["--question", "a=x/rubric.json", "--urls", "http://127.0.0.1:9000", "--rubric", "data/soviet-union-prc/rubric.json", "--max-essay-length=5000", "--max-body-size", "100", "--max-batch-size", "200", "--no-warm-up", "--Server:MaxBatchItems=7", "--Grader:MaxFlags", "20", "--environment=Production"],
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
            ],
            parsed.Settings);
        Assert.Equal(["--urls", "http://127.0.0.1:9000", "--Server:MaxBatchItems=7", "--Grader:MaxFlags", "20", "--environment=Production"], parsed.PassThrough);
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

    [Theory]
    [InlineData("--rubric")]
    [InlineData("--urls")]
    [InlineData("--Server:MaxBatchItems")]
    public void Parse_SwitchWithoutValue_IsAnError(string name)
    {
        Assert.Null(ServerArguments.Parse(["--no-warm-up", name], out var error));
        Assert.Equal($"{name} needs a value.", error);
    }

    [Theory]
    [InlineData("--require-saved-model", "there is no option '--require-saved-model'")]
    [InlineData("--max-essay-lenght", "there is no option '--max-essay-lenght'")]
    [InlineData("-v", "there is no option '-v'")]
    [InlineData("rubric.json", "unexpected argument 'rubric.json'")]
    public void Parse_UnknownSwitchOrStrayArgument_IsAnErrorNotASilentSetting(string arg, string expected)
    {
        Assert.Null(ServerArguments.Parse(["--rubric", "x/rubric.json", arg, "5"], out var error));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }
}
