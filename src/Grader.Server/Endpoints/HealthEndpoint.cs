using Grader.Hosting;

namespace Grader.Server;

/// <summary>
/// <c>GET /health</c>: 200 <c>{"status":"healthy","questions":N}</c> while the server takes requests; 503 with
/// <c>"stopping"</c> once it is shutting down, so a load balancer stops sending it work while in-flight requests finish.
/// </summary>
internal static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/health", Check)
            .Produces<HealthReply>()
            .Produces<HealthReply>(StatusCodes.Status503ServiceUnavailable)
            .WithName("Health")
            .WithSummary("Whether the server is up and taking requests, and how many questions it serves.");

    private static IResult Check(QuestionCatalog catalog, IHostApplicationLifetime lifetime) =>
        lifetime.ApplicationStopping.IsCancellationRequested
            ? Results.Json(new HealthReply("stopping", catalog.Questions.Count), ServerJsonContext.Default.HealthReply, statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Json(new HealthReply("healthy", catalog.Questions.Count), ServerJsonContext.Default.HealthReply);
}
