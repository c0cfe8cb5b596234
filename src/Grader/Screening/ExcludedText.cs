using Grader.Text;

namespace Grader.Screening;

/// <summary>A passage of the essay (in the analysed text's positions) that earns nothing, and why.</summary>
internal readonly record struct ExcludedText(TextSpan Span, ExclusionKind Kind, string Reason);
