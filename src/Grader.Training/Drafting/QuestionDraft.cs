using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>
/// A drafted question: the rubric (its files named relative to the question folder), the answer key, the model essay
/// and exemplars the similarity model is trained on, where each drafted item came from, and what the teacher should
/// review (things the draft could not find or had to guess). <see cref="Period"/> is null when the question has none
/// (the rubric then covers every year).
/// </summary>
internal sealed record QuestionDraft(
    Rubric Rubric,
    YearRange? Period,
    AnswerKey AnswerKey,
    DraftSource ModelEssay,
    IReadOnlyList<DraftSource> Exemplars,
    IReadOnlyList<DraftOrigin> Origins,
    IReadOnlyList<string> ReviewNotes);
