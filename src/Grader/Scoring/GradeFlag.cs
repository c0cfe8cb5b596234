namespace Grader.Scoring;

/// <summary>
/// Something a marker should know: <see cref="Code"/> is one of <see cref="FlagCodes"/>; <see cref="Quote"/> is
/// the passage concerned, when there is one.
/// </summary>
public sealed record GradeFlag(string Code, FlagKind Kind, string Message, Quote? Quote);
