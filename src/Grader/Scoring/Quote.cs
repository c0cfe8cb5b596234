using System.Diagnostics.CodeAnalysis;

namespace Grader.Scoring;

/// <summary>A passage of the essay that a reason or flag rests on: its character span and its text.</summary>
public sealed record Quote
{
    /// <summary>An empty quote, to be filled with an object initializer (every required member set).</summary>
    public Quote()
    {
    }

    [SetsRequiredMembers]
    internal Quote(int start, int length, string text)
    {
        Start = start;
        Length = length;
        Text = text;
    }

    /// <summary>Where the passage starts in the essay (a UTF-16 index).</summary>
    public required int Start { get; init; }

    /// <summary>The passage's length in UTF-16 characters.</summary>
    public required int Length { get; init; }

    /// <summary>The passage's text.</summary>
    public required string Text { get; init; }
}
