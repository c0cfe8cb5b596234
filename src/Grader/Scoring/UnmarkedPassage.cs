using System.Diagnostics.CodeAnalysis;

namespace Grader.Scoring;

/// <summary>
/// A passage of the essay that earned nothing, and why: <see cref="Code"/> is the flag code of the reason (for example
/// <see cref="FlagCodes.AddressedToMarker"/> or <see cref="FlagCodes.OffTopic"/>), <see cref="Message"/> says it in words,
/// and <see cref="Quote"/> shows and locates the passage in the text as handed in.
/// </summary>
public sealed record UnmarkedPassage
{
    /// <summary>An empty passage, to be filled with an object initializer (every required member set).</summary>
    public UnmarkedPassage()
    {
    }

    [SetsRequiredMembers]
    internal UnmarkedPassage(string code, string message, Quote quote)
    {
        Code = code;
        Message = message;
        Quote = quote;
    }

    /// <summary>Why it earned nothing: one of <see cref="FlagCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>The reason in words.</summary>
    public required string Message { get; init; }

    /// <summary>The passage, located in the text as handed in.</summary>
    public required Quote Quote { get; init; }
}
