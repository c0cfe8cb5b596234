using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>Seeded reorderings of an essay's paragraphs, sentences and words that keep every piece of text.</summary>
internal static class Shuffles
{
    public static string Paragraphs(string essay, Random random)
    {
        var paragraphs = Essays.Paragraphs(essay);
        random.Shuffle(paragraphs);
        return Essays.Join(paragraphs);
    }

    public static string SentencesWithinParagraphs(string essay, Random random) =>
        Essays.Join(Essays.Paragraphs(essay).Select(paragraph =>
        {
            var sentences = EssayText.Sentences(paragraph);
            random.Shuffle(sentences);
            return string.Join(" ", sentences);
        }));

    /// <summary>All sentences shuffled together, then dealt back into paragraphs of the original sentence counts.</summary>
    public static string SentencesAcrossParagraphs(string essay, Random random)
    {
        var paragraphs = Essays.Paragraphs(essay).Select(EssayText.Sentences).ToArray();
        var sentences = paragraphs.SelectMany(sentence => sentence).ToArray();
        random.Shuffle(sentences);
        return Essays.Join(Deal(sentences, paragraphs.Select(p => p.Length)).Select(p => string.Join(" ", p)));
    }

    /// <summary>
    /// Word salad: every word of the essay (punctuation dropped) shuffled, dealt back into paragraphs of the original
    /// word counts, and cut into sentence-shaped chunks of 12–20 words with a capital and a full stop.
    /// </summary>
    public static string WordSalad(string essay, Random random)
    {
        var paragraphs = Essays.Paragraphs(essay).Select(EssayText.Words).ToArray();
        var words = paragraphs.SelectMany(paragraph => paragraph).ToArray();
        random.Shuffle(words);
        return Essays.Join(Deal(words, paragraphs.Select(p => p.Length)).Select(paragraph => Chunk(paragraph, random)));
    }

    private static string Chunk(string[] words, Random random)
    {
        var sentences = new List<string>();
        for (var start = 0; start < words.Length;)
        {
            var length = Math.Min(random.Next(12, 21), words.Length - start);
            sentences.Add(EssayText.Capitalise(string.Join(" ", words, start, length)) + ".");
            start += length;
        }

        return string.Join(" ", sentences);
    }

    private static IEnumerable<T[]> Deal<T>(T[] items, IEnumerable<int> counts)
    {
        var start = 0;
        foreach (var count in counts)
        {
            yield return items[start..(start + count)];
            start += count;
        }
    }
}
