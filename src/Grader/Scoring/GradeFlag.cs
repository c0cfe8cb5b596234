using System.Diagnostics.CodeAnalysis;

namespace Grader.Scoring;

/// <summary>
/// Something a marker should know: <see cref="Code"/> is one of <see cref="FlagCodes"/>; <see cref="Quote"/> is
/// the passage concerned, when there is one.
/// </summary>
public sealed record GradeFlag
{
    /// <summary>An empty flag, to be filled with an object initializer (every required member set).</summary>
    public GradeFlag()
    {
    }

    [SetsRequiredMembers]
    internal GradeFlag(string code, FlagKind kind, string message, Quote? quote)
    {
        Code = code;
        Kind = kind;
        Message = message;
        Quote = quote;
    }

    /// <summary>What was found: one of <see cref="FlagCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>Advisory (a person should look: the status becomes Review) or informational.</summary>
    public required FlagKind Kind { get; init; }

    /// <summary>The flag in words, saying what to check.</summary>
    public required string Message { get; init; }

    /// <summary>The passage concerned, when there is one.</summary>
    public Quote? Quote { get; init; }
}
