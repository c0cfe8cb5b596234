namespace Grader.Drafting;

/// <summary>
/// What a question folder is drafted from: the question as set, one or more model essays (the first is the model essay,
/// any others become exemplars), the template whose criteria and levels the rubric takes, and optional level descriptors
/// (their levels become the rubric's bands, and the total and sections they name rescale the template).
/// </summary>
/// <param name="Id">The rubric's id.</param>
/// <param name="Title">The rubric's title.</param>
/// <param name="Question">The question, as set.</param>
/// <param name="ModelEssays">The model essay, then any further exemplary answers.</param>
/// <param name="Template">The scheme template.</param>
/// <param name="Descriptors">Level descriptors read from the teacher's file, or null.</param>
internal sealed record DraftRequest(string Id, string Title, string Question, IReadOnlyList<DraftSource> ModelEssays, SchemeTemplate Template, LevelDescriptors? Descriptors);
