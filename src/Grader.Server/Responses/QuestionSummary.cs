namespace Grader.Server;

/// <summary>A question in <c>GET /v1/questions</c>: the name to send as "question", and what it is.</summary>
internal sealed record QuestionSummary(string Id, string RubricId, string Title, string Question, int MaxMark, bool IsDefault);
