using System.Globalization;

namespace Grader.Checks;

/// <summary>
/// Analysis rather than narrative: the share of prose sentences that explain or evaluate rather than retell, and the
/// share of body paragraphs that explain at all.
/// </summary>
internal sealed class AnalysisCheck : IEssayCheck
{
    /// <summary>The share of analytic sentences that earns full credit.</summary>
    private const double TargetShare = 0.55;

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        const string signal = SignalCatalog.AnalysisExplanation;
        var document = facts.Document;
        var total = 0;
        var analytic = 0;
        var narrativeExamples = 0;
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            if (document.Sentences[i].Paragraph < 0)
            {
                continue;
            }

            total++;
            var sentence = facts.Sentences[i];
            if (sentence.IsAnalytic)
            {
                analytic++;
            }
            else if (sentence.Years > 0 && narrativeExamples < 2)
            {
                narrativeExamples++;
                board.Cost(signal, "Retells a dated event without explaining its significance.", document.Sentences[i].Span);
            }
        }

        var share = total == 0 ? 0 : (double)analytic / total;
        board.Set(signal, share / TargetShare);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{analytic} of {total} sentences explain or evaluate ({share:P0}; {TargetShare:P0} earns full credit).");
        if (share >= TargetShare / 2)
        {
            board.Earned(signal, summary);
        }
        else
        {
            board.Cost(signal, summary + " The essay mostly narrates.");
        }

        Paragraphs(facts, board);
    }

    private static void Paragraphs(EssayFacts facts, SignalBoard board)
    {
        const string signal = SignalCatalog.AnalysisParagraphs;
        var paragraphs = facts.Body.Count > 0 ? facts.Body : facts.Document.Paragraphs;
        if (paragraphs.Count == 0)
        {
            board.Set(signal, 0);
            return;
        }

        var explained = 0;
        foreach (var paragraph in paragraphs)
        {
            var count = 0;
            foreach (var sentence in facts.Of(paragraph))
            {
                count += sentence.IsAnalytic ? 1 : 0;
            }

            if (count >= 2 || (count == 1 && paragraph.SentenceCount <= 2))
            {
                explained++;
            }
            else
            {
                board.Cost(signal, $"Paragraph {paragraph.Index + 1} describes more than it explains.", facts.Document.Sentences[paragraph.FirstSentence].Span);
            }
        }

        board.Set(signal, (double)explained / paragraphs.Count);
        if (explained > 0)
        {
            board.Earned(signal, $"{explained} of {paragraphs.Count} body paragraphs explain or evaluate their evidence.");
        }
    }
}
