using Microsoft.Extensions.Options;

namespace Grader.Server;

/// <summary>
/// Lets at most <see cref="GraderServerOptions.MaxConcurrentGrades"/> essays be graded at once across all requests
/// (single and batch); the others wait their turn, first come first served. Grading is pure CPU work: more of it at
/// once than there are cores only adds context switches and cache misses.
/// </summary>
internal sealed class GradingGate(IOptions<GraderServerOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentGrades, options.Value.MaxConcurrentGrades);

    public async Task<T> RunAsync<T>(Func<T> grade, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return grade();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
