using Grader.Checks;
using static Grader.Drafting.TemplateCaps;

namespace Grader.Drafting;

/// <summary>
/// An essay scheme for questions outside history (science, literature, any explanation or argument): Content 25
/// (knowledge 9, explanation 8, answer 4, relevance 4) and Structure 5. No period, no dated evidence, no factors to weigh.
/// </summary>
internal static class GeneralEssayTemplate
{
    public static IReadOnlyList<CriterionDraft> Criteria() =>
    [
        new("knowledge", "Knowledge and understanding", "Content", 9,
            "The largest share: how much of what the model answer explains the essay explains too (by meaning, key point by key point), with specific, accurate detail.",
            [Weight(SignalCatalog.SimilarityCoverage, 4), Weight(SignalCatalog.SimilarityEssay, 1), Weight(SignalCatalog.EvidenceDensity, 1), Weight(SignalCatalog.EvidenceAccuracy, 1)],
            Levels(
                (0, 0, "None", "No relevant knowledge."),
                (1, 1, "Very limited", "A few relevant ideas, general or confused."),
                (2, 3, "Basic", "Some relevant knowledge, thin or with errors."),
                (4, 5, "Sound", "Sound knowledge of several key points, mostly accurate."),
                (6, 7, "Good", "Accurate, detailed knowledge of most key points."),
                (8, 9, "Thorough", "Thorough, precise and accurate knowledge of the key points, with specific detail and correct terms.")),
            Content),
        new("explanation", "Explanation, not description", "Content", 8,
            "Answers are rewarded for explaining how and why, not for listing facts; the share of explaining sentences and paragraphs measures it.",
            [Weight(SignalCatalog.AnalysisExplanation, 3), Weight(SignalCatalog.AnalysisParagraphs, 2), Weight(SignalCatalog.SimilarityCoverage, 1)],
            Levels(
                (0, 0, "None", "No explanation."),
                (1, 1, "Assertion", "Statements without explanation."),
                (2, 3, "Descriptive", "Mostly description, with a little explanation."),
                (4, 5, "Some explanation", "Explanation is present but undeveloped in places."),
                (6, 7, "Clear explanation", "Most points are explained, with causes and effects linked."),
                (8, 8, "Developed explanation", "Every point is explained and linked: how and why, step by step.")),
            [Narrative(2, "The essay mostly describes, so its explanation stays in the low levels"), .. Content]),
        new("answer", "Answer to the question", "Content", 4,
            "An essay answers the question it was set: an opening that says what it will show and a conclusion that draws the points together.",
            [Weight(SignalCatalog.JudgementThesis, 2), Weight(SignalCatalog.JudgementConclusion, 2), Weight(SignalCatalog.JudgementLinks, 1), Weight(SignalCatalog.JudgementConsistency, 1)],
            Levels(
                (0, 0, "None", "No answer to the question."),
                (1, 1, "Implicit", "The answer is implicit."),
                (2, 2, "Stated", "An answer is stated but not carried through."),
                (3, 3, "Clear", "A clear answer, mostly carried through."),
                (4, 4, "Sustained", "A clear answer set out at the start, kept in view and drawn together in the conclusion.")),
            [NoJudgement(2), .. Content]),
        new("relevance", "Relevance to the question", "Content", 4,
            "Answers that stay on the question's subject and key idea keep these marks; drifting to another topic loses them.",
            [Weight(SignalCatalog.RelevanceSubject, 3), Weight(SignalCatalog.RelevanceConcept, 2), Weight(SignalCatalog.SimilarityEssay, 2)],
            Levels(
                (0, 0, "Irrelevant", "Does not address the question."),
                (1, 1, "Partly relevant", "Relevant in places; much is general or off the question."),
                (2, 3, "Mostly relevant", "Mostly relevant, with some drift."),
                (4, 4, "Focused", "Every paragraph addresses the question.")),
            [NotProse(1)]),
        HistoryEssayTemplate.Structure(),
    ];
}
