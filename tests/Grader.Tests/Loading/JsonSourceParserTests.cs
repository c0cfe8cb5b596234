using System.Text;
using System.Text.Json;
using Grader.Loading;

namespace Grader.Tests.Loading;

public sealed class JsonSourceParserTests
{
    private static (JsonSourceNode? Root, List<LoadProblem> Problems) Parse(string text)
    {
        var problems = new List<LoadProblem>();
        return (JsonSourceParser.Parse(Encoding.UTF8.GetBytes(text), "f.json", problems), problems);
    }

    [Fact]
    public void Parse_NestedValues_RecordLineAndPathOfEach()
    {
        var (root, problems) = Parse("{\n  \"a\": [\n    1,\n    { \"b\": \"x\" }\n  ],\n  \"c\": true\n}");

        Assert.Empty(problems);
        var a = root!.Property("a")!;
        Assert.Equal((2, "$.a", JsonValueKind.Array), (a.Line, a.Path, a.Kind));
        Assert.Equal((3, "$.a[0]"), (a.Items[0].Line, a.Items[0].Path));
        var b = a.Items[1].Property("b")!;
        Assert.Equal((4, "$.a[1].b", "x"), (b.Line, b.Path, b.String));
        Assert.Equal((6, "$.c", true), (root.Property("c")!.Line, root.Property("c")!.Path, root.Property("c")!.Boolean));
    }

    [Fact]
    public void Parse_CrLfLineEndings_CountLinesTheSame()
    {
        var (root, _) = Parse("{\r\n\r\n  \"a\": 1\r\n}");

        Assert.Equal(3, root!.Property("a")!.Line);
    }

    [Theory]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 3)]
    [InlineData("{\n  \"a\": [1, 2\n}", 3)]
    [InlineData("{\n  \"a\": tru\n}", 2)]
    [InlineData("{\n  \"a\": \"unterminated\n}", 2)]
    public void Parse_InvalidJson_ReportsTheLineOfTheError(string text, int line)
    {
        var (root, problems) = Parse(text);

        Assert.Null(root);
        var problem = Assert.Single(problems);
        Assert.Equal(("f.json", line, ""), (problem.File, problem.Line, problem.Path));
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Check for", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \t\r\n")]
    public void Parse_EmptyText_SaysTheFileIsEmpty(string text)
    {
        var (root, problems) = Parse(text);

        Assert.Null(root);
        Assert.Equal("The file is empty: it should hold one JSON object.", Assert.Single(problems).Message);
    }

    [Fact]
    public void Parse_InvalidUtf8OnLineThree_ReportsLineThree()
    {
        var problems = new List<LoadProblem>();
        byte[] bytes = [.. "{\n  \"a\": 1,\n  \"b\": \"caf"u8, 0xE9, .. "\"\n}"u8];

        var root = JsonSourceParser.Parse(bytes, "f.json", problems);

        Assert.Null(root);
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("save the file as UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TrailingCommasAndComments_AreAccepted()
    {
        var (root, problems) = Parse("{\n  // note\n  \"a\": [1, 2,],\n}");

        Assert.Empty(problems);
        Assert.Equal(2, root!.Property("a")!.Items.Count);
    }
}
