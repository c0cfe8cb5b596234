namespace Grader.Text;

/// <summary>
/// A year, date, range or decade in the text. <see cref="FirstYear"/> and <see cref="LastYear"/> are equal for a
/// single year or date; <see cref="Month"/> and <see cref="Day"/> are 0 when not given.
/// </summary>
internal sealed record TemporalMention(TextSpan Span, TemporalKind Kind, int FirstYear, int LastYear, int Month, int Day);
