using Grader.Checks;
using Grader.Rubrics;
using static Grader.Drafting.TemplateCaps;

namespace Grader.Drafting;

/// <summary>
/// A holistic scheme for any question and any kind of writing (argument, narrative, letter, report), from quantities
/// that need nothing of the question but its model essays and that keep rising while an answer improves, in three equal
/// parts of 10: Development (how much is written, on a log scale centred on the model essays' length), Content (the model
/// essays' key points covered, and closeness to them as a whole) and Language (range and sophistication of vocabulary,
/// equally). The weights are set
/// a priori, not fitted to any marks: how much is developed, what is said and how it is said are the three things
/// holistic level descriptors describe, and nothing says one matters more than another.
/// </summary>
internal static class HolisticTemplate
{
    public static IReadOnlyList<CriterionDraft> Criteria() =>
    [
        new("development", "Development", "Content", 10,
            "How fully the response is developed: its length on a log scale, half credit at the model essays' typical length, full credit at four times it; each doubling is worth a quarter of the credit, and a longer answer is never penalised.",
            [Weight(SignalCatalog.DevelopmentLength, 1)],
            Ten("Fully developed", "Far more developed than the model essays' typical length."),
            [NotProse(1)]),
        new("content", "Content", "Content", 10,
            "How much of what the model essays say the response says too: key point by key point by meaning (twice the weight), and as a whole.",
            [Weight(SignalCatalog.SimilarityCoverage, 2), Weight(SignalCatalog.SimilarityEssay, 1)],
            Ten("Thorough", "Covers as much of the model essays' content as they do."),
            [NotProse(1)]),
        new("language", "Language", "Language", 10,
            "Range and sophistication of vocabulary, equally: distinct content words, and distinct long words (seven letters or more), each on the same log scale as development (half credit at what the model essays' typical length holds).",
            [Weight(SignalCatalog.LanguageRange, 1), Weight(SignalCatalog.LanguageSophistication, 1)],
            Ten("Wide and precise", "A range and precision of vocabulary well beyond the model essays' typical answer."),
            [NotProse(1)]),
    ];

    /// <summary>Six levels out of 10, the top one named <paramref name="top"/>.</summary>
    private static CriterionLevel[] Ten(string top, string descriptor) => Levels(
        (0, 0, "None", "Nothing creditworthy."),
        (1, 2, "Very limited", "Very little of what a full answer has."),
        (3, 4, "Limited", "Some of what a full answer has, thinly."),
        (5, 6, "Sound", "About what the model essays typically have."),
        (7, 8, "Good", "More than the model essays typically have."),
        (9, 10, top, descriptor));
}
