using Grader.Rubrics;
using Grader.Screening;
using Grader.Similarity;

namespace Grader.Checks;

/// <summary>What the checks need from a mark scheme, prepared once per scheme: immutable and shared by every essay.</summary>
internal sealed record MarkingResources(
    Rubric Rubric,
    AnswerKey AnswerKey,
    CheckVocabulary Vocabulary,
    SimilarityModel? Similarity,
    CopyReference CopyReference,
    TopicProfile Topic);
