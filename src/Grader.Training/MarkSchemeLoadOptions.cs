namespace Grader;

/// <summary>How <see cref="MarkSchemeTrainer.LoadOrTrain"/> treats the similarity model.</summary>
public sealed record MarkSchemeLoadOptions
{
    /// <summary>Train the similarity model afresh even when a matching saved one exists (what 'grader train' does).</summary>
    public bool RetrainSimilarityModel { get; init; }

    /// <summary>Fail, rather than train in memory, when the saved similarity model is missing or unreadable.</summary>
    public bool RequireSavedSimilarityModel { get; init; }

    /// <summary>The ML.NET seed for training.</summary>
    public int Seed { get; init; } = 1;
}
