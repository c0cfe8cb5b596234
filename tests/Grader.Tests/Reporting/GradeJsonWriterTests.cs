using System.Text.Json;
using Grader.Reporting;
using Grader.Tests.Support;

namespace Grader.Tests.Reporting;

public sealed class GradeJsonWriterTests
{
    [Fact]
    public void ToJson_Grade_HasTheDocumentedFields()
    {
        var result = BundledScheme.Grader.Grade(Essays.Read("factual-errors"));

        using var json = JsonDocument.Parse(GradeJsonWriter.ToJson(result, "S1"));
        var root = json.RootElement;

        Assert.Equal("S1", root.GetProperty("id").GetString());
        Assert.Equal(GradeJsonWriter.StatusName(result.Status), root.GetProperty("status").GetString());
        Assert.Equal(result.Total, root.GetProperty("total").GetInt32());
        Assert.Equal(30, root.GetProperty("max").GetInt32());
        var criterion = root.GetProperty("criteria")[0];
        foreach (var field in new[] { "id", "level", "mark", "max", "reasons" })
        {
            Assert.True(criterion.TryGetProperty(field, out _), field);
        }

        var flag = root.GetProperty("flags").EnumerateArray().First(f => f.GetProperty("code").GetString() == "factual-error");
        Assert.False(string.IsNullOrEmpty(flag.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(flag.GetProperty("quote").GetProperty("text").GetString()));
    }

    [Fact]
    public void ToJson_Compact_IsOneLine()
    {
        var json = GradeJsonWriter.ToJson(BundledScheme.Grader.Grade(Essays.Read("short")), "x", indented: false);

        Assert.DoesNotContain('\n', json);
    }
}
