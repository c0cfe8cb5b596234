using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>The question's terms as drafted: its subject, its key concept, further topic words, and where each came from.</summary>
internal sealed record DraftedQuestionTerms(TermList Subject, TermList KeyConcept, IReadOnlyList<string> TopicTerms, IReadOnlyList<DraftOrigin> Origins);
