namespace Grader.Scoring;

/// <summary>Why a criterion got its mark: what was found or missing, quoting the passages concerned.</summary>
public sealed record MarkReason(ReasonEffect Effect, string Signal, string Message, IReadOnlyList<Quote> Quotes);
