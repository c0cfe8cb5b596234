namespace Grader.Benchmarks.CopyDetection;

/// <summary>One disguise applied to a copied text, by name.</summary>
internal sealed record CopyAttack(string Name, Func<string, string> Apply)
{
    /// <summary>The disguises measured: each on its own, then some together.</summary>
    public static IReadOnlyList<CopyAttack> All(Paraphraser paraphraser) =>
    [
        new("exact", t => t),
        new("every 3rd word", t => paraphraser.EveryKthWord(t, 3)),
        new("every 4th word", t => paraphraser.EveryKthWord(t, 4)),
        new("every 5th word", t => paraphraser.EveryKthWord(t, 5)),
        new("every 6th word", t => paraphraser.EveryKthWord(t, 6)),
        new("every 7th word", t => paraphraser.EveryKthWord(t, 7)),
        new("synonyms", paraphraser.Synonyms),
        new("upper case", Paraphraser.Upper),
        new("lower case", Paraphraser.Lower),
        new("alternating case", Paraphraser.AlternatingCase),
        new("sentences shuffled", t => Paraphraser.ShuffleSentences(t, 7)),
        new("paragraphs shuffled", t => Paraphraser.ShuffleParagraphs(t, 7)),
        new("zero-width in words", Paraphraser.ZeroWidth),
        new("synonyms + sentences shuffled", t => Paraphraser.ShuffleSentences(paraphraser.Synonyms(t), 7)),
        new("every 3rd + zero-width + upper", t => Paraphraser.Upper(Paraphraser.ZeroWidth(paraphraser.EveryKthWord(t, 3)))),
        new("synonyms + every 4th + paragraphs shuffled", t => Paraphraser.ShuffleParagraphs(paraphraser.EveryKthWord(paraphraser.Synonyms(t), 4), 7)),
    ];
}
