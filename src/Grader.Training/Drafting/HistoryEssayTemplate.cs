using Grader.Checks;
using static Grader.Drafting.TemplateCaps;

namespace Grader.Drafting;

/// <summary>
/// The bundled history essay scheme, stated for any essay question with a period: Content 25 (judgement 7, evidence 6,
/// analysis 5, balance 4, relevance 3) and Structure 5, with the bundled question's caps.
/// </summary>
internal static class HistoryEssayTemplate
{
    public static IReadOnlyList<CriterionDraft> Criteria() =>
    [
        new("judgement", "Sustained judgement", "Content", 7,
            "The largest share of Content: history schemes place answers by the quality of their judgement first. A thesis, mini-judgements and a consistent conclusion are what 'sustained' means; the stance itself is never marked against the model essay's.",
            [Weight(SignalCatalog.JudgementThesis, 3), Weight(SignalCatalog.JudgementLinks, 3), Weight(SignalCatalog.JudgementConclusion, 2), Weight(SignalCatalog.JudgementConsistency, 2)],
            Levels(
                (0, 0, "No judgement", "No judgement on the question."),
                (1, 1, "Implicit", "Any judgement is implicit or confined to a single sentence."),
                (2, 2, "Assertion", "A view is asserted rather than argued; the essay mostly describes."),
                (3, 4, "Judgement begun", "A judgement is attempted, but it is partial, inconsistent between introduction and conclusion, or not carried through the body."),
                (5, 5, "Balanced judgement", "A clear judgement is reached and mostly sustained, but some paragraphs do not link back to it or the conclusion only restates it."),
                (6, 7, "Sustained judgement", "A clear answer to the question is set out in the introduction, qualified where it should be, carried through every paragraph by linked mini-judgements and developed in a conclusion that agrees with it.")),
            [NoJudgement(2), Narrative(2, "The essay mostly narrates, and examiners keep narrative answers in the low levels whatever their knowledge"), .. Content]),
        new("evidence", "Precise, dated evidence", "Content", 6,
            "Second largest: 'precisely selected evidence' marks the top level. Density of specific items and correctly dated key events carry most weight; accuracy matters but facts alone earn nothing, so similarity to the model answer only informs.",
            [Weight(SignalCatalog.EvidenceDensity, 3), Weight(SignalCatalog.EvidenceDated, 3), Weight(SignalCatalog.EvidenceAccuracy, 2), Weight(SignalCatalog.EvidencePeriod, 1), Weight(SignalCatalog.SimilarityCoverage, 1)],
            Levels(
                (0, 0, "None", "No relevant evidence."),
                (1, 1, "Thin", "Very little relevant evidence."),
                (2, 2, "General", "Mostly general knowledge with few dates or figures."),
                (3, 3, "Some detail", "Some specific detail, but patchy, undated in places or with errors."),
                (4, 4, "Good range", "A good range of accurate evidence, mostly precise and dated."),
                (5, 6, "Precise and well selected", "Precisely selected, accurate evidence throughout: key events with their dates, figures and named people, organisations and policies, all within the period.")),
            Content),
        new("analysis", "Analysis, not narrative", "Content", 5,
            "Examiners reward explanation and evaluation and cap narrative; the share of explaining sentences and paragraphs measures it directly.",
            [Weight(SignalCatalog.AnalysisExplanation, 3), Weight(SignalCatalog.AnalysisParagraphs, 2)],
            Levels(
                (0, 0, "None", "No analysis."),
                (1, 1, "Narrative", "Narrative or description with little explanation."),
                (2, 2, "Mostly descriptive", "Mostly narrative with some explanation."),
                (3, 3, "Beginning to assess", "Analysis and narrative are mixed; explanation is present but underdeveloped."),
                (4, 4, "Mostly analytical", "Mostly analytical, with occasional passages of description."),
                (5, 5, "Analytical throughout", "Evidence is consistently explained and evaluated: causes, consequences and significance, not retelling.")),
            Content),
        new("balance", "Balance", "Content", 4,
            "An answer weighs more than one side: counter-argument paragraphs, concessions and the other factors of the answer key.",
            [Weight(SignalCatalog.BalanceCounter, 3), Weight(SignalCatalog.BalanceFactors, 3), Weight(SignalCatalog.BalanceConcession, 2), Weight(SignalCatalog.SimilarityCoverage, 1)],
            Levels(
                (0, 0, "None", "No balance."),
                (1, 1, "One-sided", "One-sided, with a passing nod to the other side."),
                (2, 2, "Limited balance", "Other factors are mentioned rather than weighed."),
                (3, 3, "Some balance", "The other side is considered, but less fully."),
                (4, 4, "Balanced", "Both sides weighed: the factor in the question is set against other factors in developed counter-argument.")),
            [Narrative(2, "The essay mostly narrates, so it cannot weigh one factor against another"), .. Content]),
        new("relevance", "Relevance to the question", "Content", 3,
            "Smallest Content share: most relevant essays reach it easily, but drifting from the subject, the key concept or the period costs marks.",
            [Weight(SignalCatalog.RelevanceSubject, 3), Weight(SignalCatalog.RelevanceConcept, 2), Weight(SignalCatalog.RelevancePeriod, 1), Weight(SignalCatalog.SimilarityEssay, 2)],
            Levels(
                (0, 0, "Irrelevant", "Does not address the question."),
                (1, 1, "Partly relevant", "Relevant in places; much is general or outside the question."),
                (2, 2, "Mostly relevant", "Mostly relevant, with some drift or loss of focus on the key concept."),
                (3, 3, "Focused", "Every paragraph addresses the question's subject and key concept within its period.")),
            [NotProse(1)]),
        Structure(),
    ];

    /// <summary>The Structure criterion the essay templates share (5 marks).</summary>
    public static CriterionDraft Structure() => new("structure", "Structure", "Structure", 5,
        "Structure is a separate 5 marks: introduction, point-evidence-explanation-link paragraphs, conclusion, and length near the guide.",
        [Weight(SignalCatalog.StructureRoles, 3), Weight(SignalCatalog.StructurePeel, 3), Weight(SignalCatalog.StructureLength, 2)],
        Levels(
            (0, 0, "None", "No discernible structure."),
            (1, 1, "Disorganised", "Little structure."),
            (2, 2, "Loose", "Loosely organised; the reader must work to follow the argument."),
            (3, 3, "Adequate", "Organised, but paragraphs lack points or links, or the introduction or conclusion is weak."),
            (4, 4, "Clear", "Clearly organised with minor weaknesses in paragraphing or length."),
            (5, 5, "Well structured", "Introduction, coherent body paragraphs each making a point with evidence, explanation and a link, and a conclusion; length near the guide.")),
        [OffSubject(2), NotProse(1)]);
}
