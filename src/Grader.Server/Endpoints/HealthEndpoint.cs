using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grader.Server;

/// <summary>
/// <c>GET /health</c>: 200 <c>{"status":"healthy","questions":N}</c> while the server takes requests; 503 with
/// <c>"unhealthy"</c> once it is shutting down, so a load balancer stops sending it work while in-flight requests finish.
/// </summary>
internal static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync })
            .WithSummary("Whether the server is up and taking requests.");

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("status", report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy");
            foreach (var entry in report.Entries.Values)
            {
                foreach (var (key, value) in entry.Data)
                {
                    if (value is int number)
                    {
                        writer.WriteNumber(key, number);
                    }
                }

                if (entry.Description is { } description)
                {
                    writer.WriteString("description", description);
                }
            }

            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
