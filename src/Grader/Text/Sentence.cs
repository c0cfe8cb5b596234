namespace Grader.Text;

/// <summary>
/// A sentence: its span, the tokens it holds (<see cref="FirstToken"/> up to, not including, <see cref="EndToken"/>)
/// and the prose paragraph it belongs to (-1 when it sits in a heading, question or plan block).
/// </summary>
internal sealed record Sentence(TextSpan Span, int FirstToken, int EndToken, int Paragraph, int WordCount);
