using Grader.Checks;
using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>The caps the scheme templates share (the bundled question's, stated for any question).</summary>
internal static class TemplateCaps
{
    public static CapDraft NotProse(int rank) =>
        new(rank, [new SignalCondition(SignalCatalog.IntegrityProse, 0.5, null)], "The text is not English prose (a list of keywords, or another language)");

    /// <summary>
    /// Off the subject: few body paragraphs name the drafted subject terms <em>and</em> under half the prose is on the
    /// topic by meaning (<see cref="SignalCatalog.RelevanceTopicality"/>). Drafted subject terms are a guess from the
    /// question's wording ("Berlin Wall"); an answer that says "the Wall", "Gorbachev" and "East Germany" throughout is on
    /// the subject all the same.
    /// </summary>
    public static CapDraft OffSubject(int rank) =>
        new(rank, [new SignalCondition(SignalCatalog.RelevanceSubject, 0.25, null), new SignalCondition(SignalCatalog.RelevanceTopicality, 0.5, null)], "The essay does not address the question's subject");

    public static CapDraft FarTooShort(int rank) =>
        new(rank, [new SignalCondition(SignalCatalog.StructureLength, 0.35, null)], "Far too short to develop an answer");

    public static CapDraft Narrative(int rank, string reason) =>
        new(rank, [new SignalCondition(SignalCatalog.AnalysisExplanation, 0.35, null)], reason);

    public static CapDraft NoJudgement(int rank) =>
        new(rank, [new SignalCondition(SignalCatalog.JudgementThesis, 0.5, null), new SignalCondition(SignalCatalog.JudgementConclusion, 0.5, null)], "No answer to the question was found in an introduction or a conclusion");

    /// <summary>The caps every Content criterion of an essay template carries.</summary>
    public static CapDraft[] Content => [OffSubject(1), FarTooShort(2), NotProse(1)];

    public static SignalWeight Weight(string signal, double weight) => new(signal, weight);

    /// <summary>Levels from the bottom up, each (marks, name, descriptor), numbered 0 upwards.</summary>
    public static CriterionLevel[] Levels(params (int Min, int Max, string Name, string Descriptor)[] levels) =>
        levels.Select((l, i) => new CriterionLevel(i, l.Name, l.Min, l.Max, l.Descriptor)).ToArray();
}
