using Grader.Loading;

namespace Grader.Tests.Loading;

public sealed class LoadProblemTests
{
    [Theory]
    [InlineData("r.json", 12, "$.criteria[0].max", "Fix it.", "r.json:12: $.criteria[0].max: Fix it.")]
    [InlineData("r.json", 3, "", "Not JSON.", "r.json:3: Not JSON.")]
    [InlineData("r.json", 0, "", "Missing.", "r.json: Missing.")]
    [InlineData("m.txt", 0, "$.x", "Odd.", "m.txt: $.x: Odd.")]
    public void ToString_AnyLocation_UsesTheCompilerForm(string file, int line, string path, string message, string expected)
    {
        Assert.Equal(expected, new LoadProblem(file, line, path, message).ToString());
    }
}
