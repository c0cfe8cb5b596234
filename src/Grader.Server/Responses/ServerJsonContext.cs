using System.Text.Json.Serialization;

namespace Grader.Server;

/// <summary>Source-generated JSON for the service's own documents (no reflection: works trimmed and under Native AOT).</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(GradeRequest))]
[JsonSerializable(typeof(GradeRequest[]))]
[JsonSerializable(typeof(QuestionSummary[]))]
[JsonSerializable(typeof(QuestionDetail))]
[JsonSerializable(typeof(HealthReply))]
[JsonSerializable(typeof(string))]
internal sealed partial class ServerJsonContext : JsonSerializerContext;
