using System.Diagnostics.CodeAnalysis;
using Grader.Collections;

namespace Grader.Scoring;

/// <summary>Why a criterion got its mark: what was found or missing, quoting the passages concerned.</summary>
public sealed record MarkReason
{
    /// <summary>An empty reason, to be filled with an object initializer (every required member set).</summary>
    public MarkReason()
    {
    }

    [SetsRequiredMembers]
    internal MarkReason(ReasonEffect effect, string signal, string message, IReadOnlyList<Quote> quotes)
    {
        Effect = effect;
        Signal = signal;
        Message = message;
        Quotes = quotes;
    }

    /// <summary>Whether it earned marks, cost marks, or is a note.</summary>
    public required ReasonEffect Effect { get; init; }

    /// <summary>The signal it is about (see the rubric's signal weights); "" when it is about none.</summary>
    public required string Signal { get; init; }

    /// <summary>The reason in words, in the rubric's own terms.</summary>
    public required string Message { get; init; }

    /// <summary>The passages of the essay it rests on (may be empty).</summary>
    public required IReadOnlyList<Quote> Quotes { get; init => field = ValueList.From(value); }
}
