namespace Grader.Tests.Gaming;

/// <summary>Every gaming family the suite measures, in report order (docs/gaming-suite.md describes each).</summary>
internal static class GamingFamilies
{
    public static readonly IReadOnlyList<IGamingFamily> All =
    [
        new TemplateFamily(),
        new OffTopicNamedFamily(),
        new OutOfPeriodFamily(),
        new WordSubstitutionFamily(),
        new SynonymSwapFamily(),
        new CaseAndReorderFamily(),
        new ListAppendedFamily(),
        new DisorderedAnswersFamily("word-salad", 808, Shuffles.WordSalad, "words shuffled into 12–20-word sentences"),
        new DisorderedAnswersFamily("sentence-shuffle", 909, Shuffles.SentencesAcrossParagraphs, "sentences shuffled across paragraphs"),
        new PastedUnrelatedFamily(),
        new RepeatedShortFamily(),
        new ShiftedYearsFamily(),
        new QuestionCopiedFamily(),
        new InvisibleCharactersFamily(),
        new AddressedToMarkerFamily(),
        new PaddingFamily(),
        new MisconceptionStuffedFamily(),
    ];

    /// <summary>Every variant of every family, generated afresh (the same every time).</summary>
    public static IReadOnlyList<GamingVariant> Variants(GamingSources sources) =>
        All.SelectMany(family => family.Generate(sources)).ToArray();
}
