using System.Collections.Frozen;

namespace Grader.Checks;

/// <summary>
/// Every signal the checks produce, each a measure from 0 to 1, with what it means. A rubric may weigh and cap on
/// these names only; README's "Checks and signals" table is written from this list.
/// </summary>
public static class SignalCatalog
{
    /// <summary>The signal "judgement.thesis" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string JudgementThesis = "judgement.thesis";

    /// <summary>The signal "judgement.consistency" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string JudgementConsistency = "judgement.consistency";

    /// <summary>The signal "judgement.links" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string JudgementLinks = "judgement.links";

    /// <summary>The signal "judgement.conclusion" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string JudgementConclusion = "judgement.conclusion";

    /// <summary>The signal "evidence.density" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string EvidenceDensity = "evidence.density";

    /// <summary>The signal "evidence.dated" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string EvidenceDated = "evidence.dated";

    /// <summary>The signal "evidence.period" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string EvidencePeriod = "evidence.period";

    /// <summary>The signal "evidence.accuracy" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string EvidenceAccuracy = "evidence.accuracy";

    /// <summary>The signal "balance.counter" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string BalanceCounter = "balance.counter";

    /// <summary>The signal "balance.concession" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string BalanceConcession = "balance.concession";

    /// <summary>The signal "balance.factors" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string BalanceFactors = "balance.factors";

    /// <summary>The signal "analysis.explanation" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string AnalysisExplanation = "analysis.explanation";

    /// <summary>The signal "analysis.paragraphs" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string AnalysisParagraphs = "analysis.paragraphs";

    /// <summary>The signal "relevance.subject" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string RelevanceSubject = "relevance.subject";

    /// <summary>The signal "relevance.concept" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string RelevanceConcept = "relevance.concept";

    /// <summary>The signal "relevance.period" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string RelevancePeriod = "relevance.period";

    /// <summary>The signal "structure.roles" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string StructureRoles = "structure.roles";

    /// <summary>The signal "structure.peel" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string StructurePeel = "structure.peel";

    /// <summary>The signal "structure.length" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string StructureLength = "structure.length";

    /// <summary>The signal "similarity.coverage" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string SimilarityCoverage = "similarity.coverage";

    /// <summary>The signal "similarity.essay" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string SimilarityEssay = "similarity.essay";

    /// <summary>The signal "similarity.cosine" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string SimilarityCosine = "similarity.cosine";

    /// <summary>The signal "similarity.keypoints" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string SimilarityKeyPoints = "similarity.keypoints";

    /// <summary>The signal "integrity.prose" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string IntegrityProse = "integrity.prose";

    /// <summary>The signal "integrity.copy" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string IntegrityCopy = "integrity.copy";

    /// <summary>The signal "structure.coherence" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string StructureCoherence = "structure.coherence";

    /// <summary>The signal "relevance.topicality" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string RelevanceTopicality = "relevance.topicality";

    /// <summary>The signal "development.length" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string DevelopmentLength = "development.length";

    /// <summary>The signal "language.range" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string LanguageRange = "language.range";

    /// <summary>The signal "language.sophistication" (what it measures: <see cref="Descriptions"/>).</summary>
    public const string LanguageSophistication = "language.sophistication";

    /// <summary>Signal name → what it measures.</summary>
    public static FrozenDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [JudgementThesis] = "An introduction that answers the question: with a degree for a 'how far' question (to a large extent, limited…), and then better with a time qualifier when the question has a period; with a comparison, the main reason or the explanation for 'compare', 'why' and 'explain' questions.",
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
        [StructureCoherence] = "Whether the sentences follow from each other: grammatical word order, and sentences that share more with their neighbours and their own paragraph than with the rest (1 coherent, 0 word salad or shuffled).",
        [RelevanceTopicality] = "Share of the prose in paragraphs about the question's topic by meaning: the specific words of each paragraph weighed against the question's reference texts (model essay, answer key, question).",
        [IntegrityCopy] = "Share of the essay's words in sentences copied from the model essay or an exemplar, word for word or disguised (words swapped or changed, case, order, hidden characters): high is bad.",
        [SimilarityEssay] = "Whole-essay similarity to the model essay (similarity model), against what good answers reach.",
        [SimilarityCosine] = "The raw cosine of the whole essay with the model essay (or the closest exemplar), not scaled or capped: 1 for a copy, 0 for nothing in common.",
        [SimilarityKeyPoints] = "The raw mean, over the key points, of the cosine of the essay's closest paragraph with each, not scaled or capped.",
        [DevelopmentLength] = "Words of prose on a log scale centred on the guide: 0.5 at the guide's upper length, 1 at four times it or more, 0 at a quarter of it, each doubling a quarter (measured only when the rubric uses it).",
        [LanguageRange] = "Distinct content words (not function words) on the same log scale, centred on a third of the guide's upper length (measured only when the rubric uses it).",
        [LanguageSophistication] = "Distinct long words (seven letters or more, as the LIX readability index counts them) on the same log scale, centred on a sixth of the guide's upper length (measured only when the rubric uses it).",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a signal the checks produce.</summary>
    public static bool IsKnown(string name) => Descriptions.ContainsKey(name);
}
