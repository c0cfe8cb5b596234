namespace Grader.Server;

/// <summary><c>GET /v1/questions/{id}</c>: the question, its criteria with their levels, its bands and its limits.</summary>
internal sealed record QuestionDetail(
    string Id,
    string RubricId,
    string Title,
    string Question,
    int MaxMark,
    bool IsDefault,
    int MaxEssayLength,
    GuideLength GuideWords,
    IReadOnlyList<CriterionSummary> Criteria,
    IReadOnlyList<BandSummary> Bands);
