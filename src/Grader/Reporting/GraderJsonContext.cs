using System.Text.Json.Serialization;
using Grader.Loading;
using Grader.Scoring;

namespace Grader.Reporting;

/// <summary>
/// Source-generated System.Text.Json metadata for the library's results (trimming- and Native-AOT-safe): add it to
/// a host's <c>TypeInfoResolverChain</c>, or serialize with <c>JsonSerializer.Serialize(result, GraderJsonContext.Default.GradeResult)</c>.
/// A <see cref="GradeResult"/> serializes to the document <see cref="GradeJsonWriter"/> writes; enums are lower-case strings.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GradeResult))]
[JsonSerializable(typeof(IReadOnlyList<GradeResult>))]
[JsonSerializable(typeof(GradeStatus))]
[JsonSerializable(typeof(FlagKind))]
[JsonSerializable(typeof(ReasonEffect))]
[JsonSerializable(typeof(LoadProblem))]
[JsonSerializable(typeof(LoadNotice))]
public sealed partial class GraderJsonContext : JsonSerializerContext;
