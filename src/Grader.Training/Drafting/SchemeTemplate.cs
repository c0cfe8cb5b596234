namespace Grader.Drafting;

/// <summary>Where a drafted rubric's criteria and levels come from.</summary>
internal enum SchemeTemplate
{
    /// <summary>The bundled history essay scheme, stated for any question: judgement, evidence, analysis, balance, relevance, structure.</summary>
    HistoryEssay,

    /// <summary>An essay scheme outside history: knowledge, explanation, answer, relevance, structure.</summary>
    GeneralEssay,

    /// <summary>One criterion marked by content, one level per mark.</summary>
    ShortAnswer,

    /// <summary>Question-independent holistic criteria that do not saturate: development (length), content coverage, relevance, language range.</summary>
    Holistic,

    /// <summary>Criteria from the teacher's level descriptors: one per section they name, levels from their lines.</summary>
    Descriptors,
}
