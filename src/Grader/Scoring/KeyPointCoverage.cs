using System.Diagnostics.CodeAnalysis;

namespace Grader.Scoring;

/// <summary>How well the essay covers one key point of the model answer (0–1), and the passage that covers it best.</summary>
public sealed record KeyPointCoverage
{
    /// <summary>An empty coverage, to be filled with an object initializer (every required member set).</summary>
    public KeyPointCoverage()
    {
    }

    [SetsRequiredMembers]
    internal KeyPointCoverage(string id, double coverage, double similarity, Quote? bestMatch)
    {
        Id = id;
        Coverage = coverage;
        Similarity = similarity;
        BestMatch = bestMatch;
    }

    /// <summary>The key point's id in the answer key.</summary>
    public required string Id { get; init; }

    /// <summary>How well it is covered, from 0 (not at all) to 1.</summary>
    public required double Coverage { get; init; }

    /// <summary>
    /// The raw similarity (cosine, 0–1) of the closest paragraph to the key point, not scaled or capped:
    /// <see cref="Coverage"/> is this over the similarity that counts as fully covered, at most 1.
    /// </summary>
    public double Similarity { get; init; }

    /// <summary>The paragraph that covers it best, when any does.</summary>
    public Quote? BestMatch { get; init; }
}
