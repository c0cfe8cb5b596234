using Grader.Cli.Console;

namespace Grader.Cli.Tests.Console;

public sealed class StartupProfileTests
{
    [Theory]
    [InlineData(new[] { "mark", "scripts.csv" }, "mark")]
    [InlineData(new[] { "evaluate", "asap", "data" }, "evaluate")]
    [InlineData(new[] { "--help" }, "grader")]
    [InlineData(new[] { "../../etc/passwd" }, "grader")]
    [InlineData(new[] { "Mark" }, "grader")]
    [InlineData(new string[0], "grader")]
    public void CommandOf_Arguments_PlainCommandNameOrDefault(string[] args, string expected) =>
        Assert.Equal(expected, StartupProfile.CommandOf(args));
}
