using System.Collections.Frozen;

namespace Grader.Checks;

/// <summary>
/// Every signal the checks produce, each a measure from 0 to 1, with what it means. A rubric may weigh and cap on
/// these names only; README's "Checks and signals" table is written from this list.
/// </summary>
public static class SignalCatalog
{
    public const string JudgementThesis = "judgement.thesis";
    public const string JudgementConsistency = "judgement.consistency";
    public const string JudgementLinks = "judgement.links";
    public const string JudgementConclusion = "judgement.conclusion";
    public const string EvidenceDensity = "evidence.density";
    public const string EvidenceDated = "evidence.dated";
    public const string EvidencePeriod = "evidence.period";
    public const string EvidenceAccuracy = "evidence.accuracy";
    public const string BalanceCounter = "balance.counter";
    public const string BalanceConcession = "balance.concession";
    public const string BalanceFactors = "balance.factors";
    public const string AnalysisExplanation = "analysis.explanation";
    public const string AnalysisParagraphs = "analysis.paragraphs";
    public const string RelevanceSubject = "relevance.subject";
    public const string RelevanceConcept = "relevance.concept";
    public const string RelevancePeriod = "relevance.period";
    public const string StructureRoles = "structure.roles";
    public const string StructurePeel = "structure.peel";
    public const string StructureLength = "structure.length";
    public const string SimilarityCoverage = "similarity.coverage";
    public const string SimilarityEssay = "similarity.essay";
    public const string IntegrityProse = "integrity.prose";
    public const string IntegrityCopy = "integrity.copy";

    /// <summary>Signal name → what it measures.</summary>
    public static FrozenDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [JudgementThesis] = "An introduction that answers the question with a degree (crucial, to a large extent, limited…); more with a time qualifier (until 1953).",
        [JudgementConsistency] = "The conclusion's stance agrees with the introduction's (0 when they contradict).",
        [JudgementLinks] = "Share of body paragraphs that end with a mini-judgement linking back to the question.",
        [JudgementConclusion] = "A conclusion that states and develops a judgement on the question.",
        [EvidenceDensity] = "Specific items (years, dates, sums of money, counts, named entities) per 100 words, against a target.",
        [EvidenceDated] = "Key events of the answer key's timeline given with their dates.",
        [EvidencePeriod] = "Years kept within the question's period (material outside it is context at most).",
        [EvidenceAccuracy] = "Freedom from factual errors: conflicts with the timeline and known misconceptions.",
        [BalanceCounter] = "Paragraphs that argue the other side (opening with However, Nevertheless, Conversely…).",
        [BalanceConcession] = "Concessions inside the argument (although, admittedly, while it is true…).",
        [BalanceFactors] = "Alternative factors from the answer key weighed against the one in the question.",
        [AnalysisExplanation] = "Share of prose sentences that explain or evaluate rather than retell.",
        [AnalysisParagraphs] = "Share of body paragraphs that contain explanation or evaluation at all.",
        [RelevanceSubject] = "Share of body paragraphs that echo the question's subject.",
        [RelevanceConcept] = "Share of paragraphs that use the question's key concept or a degree word about it.",
        [RelevancePeriod] = "Share of paragraphs that stay within the question's period.",
        [StructureRoles] = "An introduction, body paragraphs and a conclusion, each doing its job.",
        [StructurePeel] = "Point–evidence–explanation–link completeness of the body paragraphs.",
        [StructureLength] = "Length against the rubric's guide.",
        [SimilarityCoverage] = "How well the essay covers the model answer's key points (similarity model).",
        [IntegrityProse] = "How far the text reads as English prose: English function words (the, of, was…) against the share prose has; low for keyword lists and other languages.",
        [IntegrityCopy] = "Share of the essay's words in sentences copied from the model essay or an exemplar, word for word or disguised (words swapped or changed, case, order, hidden characters): high is bad.",
        [SimilarityEssay] = "Whole-essay similarity to the model essay (similarity model), against what good answers reach.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsKnown(string name) => Descriptions.ContainsKey(name);
}
