using System.Text;
using Grader.Loading;

namespace Grader.Tests.Loading;

public sealed class JsonFieldReaderTests
{
    private static (JsonSourceNode Root, JsonFieldReader Fields, List<LoadProblem> Problems) Read(string text)
    {
        var problems = new List<LoadProblem>();
        var root = JsonSourceParser.Parse(Encoding.UTF8.GetBytes(text), "f.json", problems)!;
        return (root, new JsonFieldReader("f.json", problems), problems);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("0", 0)]
    public void Integer_WholeNumberInRange_IsReturned(string json, int expected)
    {
        var (root, fields, problems) = Read($"{{ \"max\": {json} }}");

        Assert.Equal(expected, fields.Integer(root, "max", true, 0, 10));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("7.5", "found 7.5")]
    [InlineData("11", "found 11")]
    [InlineData("-1", "found -1")]
    [InlineData("\"7\"", "found a string")]
    [InlineData("null", "found null")]
    [InlineData("[7]", "found an array")]
    public void Integer_NotAWholeNumberInRange_ReportsTheRangeAndWhatWasFound(string json, string found)
    {
        var (root, fields, problems) = Read($"{{\n  \"max\": {json}\n}}");

        Assert.Null(fields.Integer(root, "max", true, 0, 10));
        var problem = Assert.Single(problems);
        Assert.Equal((2, "$.max"), (problem.Line, problem.Path));
        Assert.Contains("whole number from 0 to 10", problem.Message, StringComparison.Ordinal);
        Assert.Contains(found, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void String_Missing_GivesAnExample()
    {
        var (root, fields, problems) = Read("{\n}");

        Assert.Null(fields.String(root, "id", true, "\"my-question\""));
        var problem = Assert.Single(problems);
        Assert.Equal("f.json:1: $.id: Missing 'id': add a text, for example \"id\": \"my-question\".", problem.ToString());
    }

    [Fact]
    public void String_OptionalAndMissing_IsNullWithoutAProblem()
    {
        var (root, fields, problems) = Read("{}");

        Assert.Null(fields.String(root, "title", false));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("3")]
    public void String_EmptyOrNotAString_IsReported(string json)
    {
        var (root, fields, problems) = Read($"{{ \"id\": {json} }}");

        Assert.Null(fields.String(root, "id", true));
        Assert.Contains("must be a non-empty string", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_BadItems_AreEachReportedAndGoodOnesKept()
    {
        var (root, fields, problems) = Read("{ \"terms\": [\"a\", 1, \"\", \" b \"] }");

        Assert.Equal(["a", "b"], fields.Strings(root, "terms", true, 1));
        Assert.Equal(["$.terms[1]", "$.terms[2]"], problems.Select(p => p.Path));
    }

    [Fact]
    public void Array_TooFewItems_SaysHowManyAreNeeded()
    {
        var (root, fields, problems) = Read("{ \"criteria\": [] }");

        fields.Array(root, "criteria", true, 1);

        Assert.Contains("at least 1 item(s), found 0", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qestion", "question")]
    [InlineData("Question", "question")]
    [InlineData("critera", "criteria")]
    [InlineData("modelessay", "modelEssay")]
    public void RejectUnknownFields_Typo_SuggestsTheClosestName(string typo, string suggestion)
    {
        var (root, fields, problems) = Read($"{{\n  \"{typo}\": 1\n}}");

        fields.RejectUnknownFields(root, "question", "criteria", "modelEssay");

        var problem = Assert.Single(problems);
        Assert.Equal((2, "$." + typo), (problem.Line, problem.Path));
        Assert.Contains($"Did you mean '{suggestion}'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectUnknownFields_KnownAndDollarFields_AreAccepted()
    {
        var (root, fields, problems) = Read("{ \"question\": 1, \"$schema\": \"x\" }");

        fields.RejectUnknownFields(root, "question");

        Assert.Empty(problems);
    }
}
