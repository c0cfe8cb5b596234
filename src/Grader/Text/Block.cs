namespace Grader.Text;

/// <summary>A block of the essay file (separated by blank lines, or one bullet line).</summary>
internal sealed record Block(BlockKind Kind, TextSpan Span);
