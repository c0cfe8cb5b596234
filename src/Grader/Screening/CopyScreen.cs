using System.Globalization;
using Grader.Checks;
using Grader.Scoring;

namespace Grader.Screening;

/// <summary>
/// Copies of the model essay or an exemplar, word for word or disguised (<see cref="CopyFinder"/>): every copied
/// sentence earns nothing (copying one sentence is copying), the copied share is posted as
/// <see cref="SignalCatalog.IntegrityCopy"/>, and the essay is flagged <see cref="FlagCodes.CopiedModelEssay"/> when the
/// share reaches <see cref="FlagAt"/>.
/// </summary>
internal sealed class CopyScreen : IEssayScreen
{
    /// <summary>The copied share of an essay at which it is flagged: see docs/copy-detection.md for how it was chosen.</summary>
    public const double FlagAt = 0.35;

    /// <summary>The mean similarity of the copied sentences from which a copy is called word for word.</summary>
    private const double WordForWordAt = 0.9;

    public void Screen(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var findings = facts.CopiesFrom(resources.CopyReference);
        board.Set(SignalCatalog.IntegrityCopy, findings.Share);
        var copies = findings.Sentences;
        if (copies.Count == 0)
        {
            return;
        }

        var document = facts.Document;
        var sentences = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            sentences += paragraph.SentenceCount;
        }

        var source = Sources(copies);
        var mean = copies.Average(c => c.Similarity);
        var wordForWord = mean >= WordForWordAt;
        var how = wordForWord
            ? "word for word"
            : string.Create(CultureInfo.InvariantCulture, $"with words changed or swapped (the copied sentences are {mean:P0} alike on average)");
        var summary = string.Create(CultureInfo.InvariantCulture, $"{findings.Share:P0} of the essay ({copies.Count} of {sentences} sentences) is copied from {source} {how}");
        foreach (var copy in copies)
        {
            board.Exclude(
                copy.Span,
                ExclusionKind.Copied,
                string.Create(CultureInfo.InvariantCulture, $"Copied from {copy.Source} ({copy.Similarity:P0} alike with \"{Shorten(copy.SourceSentence)}\"): copied text earns nothing."));
        }

        if (findings.Share < FlagAt)
        {
            return;
        }

        var order = copies.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"; {findings.InOrder + 1} of the {copies.Count} in its order") : "";
        var example = copies[0];
        var instance = wordForWord
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" For example, the quoted sentence matches {example.Source}'s \"{Shorten(example.SourceSentence)}\" ({example.Similarity:P0} alike).");
        board.Flag(
            FlagCodes.CopiedModelEssay,
            FlagKind.Advisory,
            $"{summary}: found by lining each sentence up with those of {source} word by word, with word endings, case, hidden characters and sentence order set aside{order}.{instance}",
            example.Span);
    }

    /// <summary>The sources copied from: "the model essay", or "the model essay and exemplar 2".</summary>
    private static string Sources(IReadOnlyList<SentenceCopy> copies)
    {
        var names = new List<string>();
        foreach (var copy in copies)
        {
            if (!names.Contains(copy.Source))
            {
                names.Add(copy.Source);
            }
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    private static string Shorten(string sentence) => sentence.Length <= 160 ? sentence : string.Concat(sentence.AsSpan(0, 159).TrimEnd(), "…");
}
