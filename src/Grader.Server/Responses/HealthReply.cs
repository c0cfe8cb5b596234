namespace Grader.Server;

/// <summary>The answer of <c>GET /health</c>: "healthy" or "stopping", and the number of questions served.</summary>
internal sealed record HealthReply(string Status, int Questions);
