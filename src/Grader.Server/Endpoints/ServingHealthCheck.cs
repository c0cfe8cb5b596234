using Grader.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grader.Server;

/// <summary>Healthy with the number of questions served; unhealthy once the host has begun to stop.</summary>
internal sealed class ServingHealthCheck(QuestionCatalog catalog, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["questions"] = catalog.Questions.Count };
        return Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("The server is shutting down.", data: data)
            : HealthCheckResult.Healthy(data: data));
    }
}
