namespace Grader.Tests.Gaming;

/// <summary>One way of gaming the engine: a deterministic generator of variants (fixed seeds, no clock).</summary>
internal interface IGamingFamily
{
    /// <summary>The kebab-case family id used in reports and failure messages.</summary>
    string Id { get; }

    /// <summary>
    /// Whether the variants are disguised copies of someone else's text (not the student's own essay with a trick added):
    /// when that text is another script, the copy is measured as <c>grader mark</c> sees it, in one batch with it.
    /// </summary>
    bool CopiesAnotherText => false;

    IEnumerable<GamingVariant> Generate(GamingSources sources);
}
