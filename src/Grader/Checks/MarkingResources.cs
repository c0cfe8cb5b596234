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
    TopicProfile Topic)
{
    /// <summary>
    /// The rubric. What it weighs (below) is decided when the resources are made and again whenever <c>with</c> sets a
    /// new rubric (a property initializer sets the field directly, so both places are needed).
    /// </summary>
    public Rubric Rubric
    {
        get;
        init
        {
            field = value;
            WeighsSpecifics = RepetitionScreen.WeighsSpecifics(value);
            WeighsDevelopment = DevelopmentCheck.Weighs(value);
        }
    } = Rubric;

    /// <summary>
    /// Whether the rubric rewards specific evidence (<see cref="RepetitionScreen.WeighsSpecifics"/>), decided once per
    /// scheme: walking the criteria for every essay was 1–3 % of marking time.
    /// </summary>
    public bool WeighsSpecifics { get; private init; } = RepetitionScreen.WeighsSpecifics(Rubric);

    /// <summary>Whether the rubric weighs a development signal (<see cref="DevelopmentCheck.Weighs"/>), decided once per scheme.</summary>
    public bool WeighsDevelopment { get; private init; } = DevelopmentCheck.Weighs(Rubric);
}
