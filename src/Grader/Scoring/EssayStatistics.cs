using System.Diagnostics.CodeAnalysis;

namespace Grader.Scoring;

/// <summary>The size of the marked prose.</summary>
public sealed record EssayStatistics
{
    /// <summary>Empty statistics, to be filled with an object initializer (every required member set).</summary>
    public EssayStatistics()
    {
    }

    [SetsRequiredMembers]
    internal EssayStatistics(int words, int paragraphs, int sentences)
    {
        Words = words;
        Paragraphs = paragraphs;
        Sentences = sentences;
    }

    /// <summary>Words of prose (headings, plans and lists left out).</summary>
    public required int Words { get; init; }

    /// <summary>Paragraphs of prose.</summary>
    public required int Paragraphs { get; init; }

    /// <summary>Sentences of prose.</summary>
    public required int Sentences { get; init; }
}
