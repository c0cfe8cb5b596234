namespace Grader.Hosting;

/// <summary>
/// The warm-up: before the host finishes starting, each question grades a sample essay (its model essay, else its
/// rubric's descriptors) a few times, so code is compiled and caches are filled before the first real request.
/// </summary>
public sealed class GraderWarmUpOptions
{
    /// <summary>Whether to warm up at start (default true). Only hosts run it: a bare service provider does not start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many times each question grades its sample (default 3).</summary>
    public int Rounds { get; set; } = 3;
}
