namespace Grader.Rubrics;

/// <summary>The files a rubric names, as full paths (null when the rubric names none).</summary>
public sealed record RubricFiles(string RubricPath, string? AnswerKey, string? ModelEssay, string SimilarityModel, IReadOnlyList<string> Exemplars);
