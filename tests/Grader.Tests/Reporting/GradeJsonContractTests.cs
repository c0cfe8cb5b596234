using System.Text.Json;
using Grader.Reporting;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Reporting;

/// <summary>One JSON contract for a grade: GradeJsonWriter and System.Text.Json (source-generated or reflection) agree.</summary>
public sealed class GradeJsonContractTests
{
    public static TheoryData<string> EssayNames() => [.. Essays.Names()];

    [Theory]
    [MemberData(nameof(EssayNames))]
    public void Serialize_WithTheSourceGeneratedContext_SameBytesAsTheWriter(string name)
    {
        var result = BundledScheme.Grader.Grade(Essays.Read(name));

        Assert.Equal(GradeJsonWriter.ToJson(result, indented: false), JsonSerializer.Serialize(result, GraderJsonContext.Default.GradeResult));
    }

    [Fact]
    public void Serialize_WithReflectionAndDefaultOptions_SameBytesAsTheWriter()
    {
        var result = BundledScheme.Grader.Grade(File.ReadAllText(RepositoryPaths.Seed));

        Assert.Equal(GradeJsonWriter.ToJson(result, indented: false), JsonSerializer.Serialize(result));
    }

    [Fact]
    public void Document_HasSchemaVersionAfterTheIdAndEnumsAsLowerCaseStrings()
    {
        var result = BundledScheme.Grader.Grade(File.ReadAllText(RepositoryPaths.Seed));

        var json = GradeJsonWriter.ToJson(result, "S1", indented: false);

        Assert.StartsWith($"{{\"id\":\"S1\",\"schemaVersion\":{GradeJsonWriter.SchemaVersion},\"status\":\"review\",", json, StringComparison.Ordinal);
        Assert.Equal("\"review\"", JsonSerializer.Serialize(GradeStatus.Review, GraderJsonContext.Default.Options));
        Assert.Equal("\"informational\"", JsonSerializer.Serialize(FlagKind.Informational));
        Assert.Equal("\"earned\"", JsonSerializer.Serialize(ReasonEffect.Earned));
    }

    [Theory]
    [MemberData(nameof(EssayNames))]
    public void Deserialize_TheWritersDocument_EqualsTheGradeButForTheSentenceCountItDoesNotCarry(string name)
    {
        var result = BundledScheme.Grader.Grade(Essays.Read(name));

        var read = JsonSerializer.Deserialize(GradeJsonWriter.ToJson(result), GraderJsonContext.Default.GradeResult);

        Assert.Equal(result with { Statistics = result.Statistics with { Sentences = 0 } }, read);
    }

    [Fact]
    public void Deserialize_NewerSchemaVersion_SaysWhichItReads()
    {
        var json = GradeJsonWriter.ToJson(BundledScheme.Grader.Grade("   "), indented: false).Replace("\"schemaVersion\":1", "\"schemaVersion\":2", StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, GraderJsonContext.Default.GradeResult));

        Assert.Contains("reads up to 1", exception.Message, StringComparison.Ordinal);
    }
}
