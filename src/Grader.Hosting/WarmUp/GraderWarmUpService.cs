using Grader.Hosting.Core;
using Grader.Hosting.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grader.Hosting;

/// <summary>
/// Grades each question's warm-up samples (<see cref="GraderCore.WarmUpSamples"/>) a few times while the host is
/// starting (in <see cref="StartingAsync"/>, which runs before any hosted service starts, so a web server starts
/// listening only once this is done).
/// </summary>
internal sealed class GraderWarmUpService(
    IOptions<GraderServiceOptions> options,
    QuestionCatalog catalog,
    ILogger<GraderWarmUpService> logger,
    TimeProvider time) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var warmUp = options.Value.WarmUp;
        if (!warmUp.Enabled || warmUp.Rounds == 0)
        {
            return Task.CompletedTask;
        }

        foreach (var question in catalog.Questions)
        {
            var samples = GraderCore.WarmUpSamples(question.Scheme);
            double first = 0, last = 0;
            for (var round = 0; round < warmUp.Rounds; round++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = time.GetTimestamp();
                foreach (var sample in samples)
                {
                    question.Grade(sample);
                }

                last = time.GetElapsedTime(start).TotalMilliseconds;
                first = round == 0 ? last : first;
            }

            GraderLog.QuestionWarmedUp(logger, question.Name, warmUp.Rounds, samples.Count, samples.Sum(s => s.Length), first, last);
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
