namespace Grader.Tests.Gaming;

/// <summary>One way of gaming the engine: a deterministic generator of variants (fixed seeds, no clock).</summary>
internal interface IGamingFamily
{
    /// <summary>The kebab-case family id used in reports and failure messages.</summary>
    string Id { get; }

    IEnumerable<GamingVariant> Generate(GamingSources sources);
}
