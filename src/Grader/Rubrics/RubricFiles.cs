using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>The files a rubric names, as full paths (null when the rubric names none).</summary>
/// <param name="RubricPath">The rubric's own path.</param>
/// <param name="AnswerKey">The answer key's path, or null.</param>
/// <param name="ModelEssay">The model essay's path, or null.</param>
/// <param name="SimilarityModel">Where the similarity model is saved.</param>
/// <param name="Exemplars">The exemplar scripts' paths.</param>
public sealed record RubricFiles(string RubricPath, string? AnswerKey, string? ModelEssay, string SimilarityModel, IReadOnlyList<string> Exemplars)
{
    /// <summary>Full paths of the exemplar scripts the similarity model is also trained on. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<string> Exemplars { get; init => field = ValueList.From(value); } = ValueList.From(Exemplars);
}
