namespace Grader.Scoring;

/// <summary>
/// A passage of the essay that earned nothing, and why: <see cref="Code"/> is the flag code of the reason (for example
/// <see cref="FlagCodes.AddressedToMarker"/> or <see cref="FlagCodes.OffTopic"/>), <see cref="Message"/> says it in words,
/// and <see cref="Quote"/> shows and locates the passage in the text as handed in.
/// </summary>
public sealed record UnmarkedPassage(string Code, string Message, Quote Quote);
