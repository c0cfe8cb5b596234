using Grader.Text;

namespace Grader.Drafting;

/// <summary>Where a named entity was found: which model essay, the span of the name, and its sentence.</summary>
internal sealed record EntityOccurrence(ModelEssayReading Reading, TextSpan Span, int Sentence);
