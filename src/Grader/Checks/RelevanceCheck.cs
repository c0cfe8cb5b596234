using Grader.Rubrics;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Relevance: body paragraphs that echo the question's subject, paragraphs that use its key concept or weigh it by
/// degree, and paragraphs that stay within the question's period.
/// </summary>
internal sealed class RelevanceCheck : IEssayCheck
{
    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var document = facts.Document;
        var paragraphs = document.Paragraphs;
        var body = facts.Body.Count > 0 ? facts.Body : paragraphs;
        if (paragraphs.Count == 0)
        {
            board.Set(SignalCatalog.RelevanceSubject, 0);
            board.Set(SignalCatalog.RelevanceConcept, 0);
            board.Set(SignalCatalog.RelevancePeriod, 0);
            board.Cost(SignalCatalog.RelevanceSubject, "There is no prose to mark.");
            return;
        }

        var subject = 0;
        foreach (var paragraph in body)
        {
            if (Any(facts, paragraph, SentenceCues.Subject))
            {
                subject++;
            }
            else
            {
                board.Cost(SignalCatalog.RelevanceSubject, $"Paragraph {paragraph.Index + 1} never mentions {resources.Rubric.Subject.Name}.", document.Sentences[paragraph.FirstSentence].Span);
            }
        }

        board.Set(SignalCatalog.RelevanceSubject, (double)subject / body.Count);
        if (subject > 0)
        {
            board.Earned(SignalCatalog.RelevanceSubject, $"{subject} of {body.Count} body paragraphs keep {resources.Rubric.Subject.Name} in view.");
        }

        var concept = 0;
        foreach (var paragraph in paragraphs)
        {
            foreach (var sentence in facts.Of(paragraph))
            {
                if (sentence.Has(SentenceCues.KeyConcept) || (sentence.Has(SentenceCues.Degree) && sentence.LinksToQuestion))
                {
                    concept++;
                    break;
                }
            }
        }

        board.Set(SignalCatalog.RelevanceConcept, (double)concept / paragraphs.Count);
        var conceptName = string.IsNullOrEmpty(resources.Rubric.KeyConcept.Name) ? "the key concept" : $"'{resources.Rubric.KeyConcept.Name}'";
        if (concept * 2 >= paragraphs.Count)
        {
            board.Earned(SignalCatalog.RelevanceConcept, $"{concept} of {paragraphs.Count} paragraphs weigh {conceptName}.");
        }
        else
        {
            board.Cost(SignalCatalog.RelevanceConcept, $"Only {concept} of {paragraphs.Count} paragraphs weigh {conceptName}; keep the question's key concept in view.");
        }

        var inPeriod = 0;
        foreach (var paragraph in paragraphs)
        {
            inPeriod += IsOffPeriod(document, paragraph, resources.Rubric.Period) ? 0 : 1;
        }

        board.Set(SignalCatalog.RelevancePeriod, (double)inPeriod / paragraphs.Count);
        if (inPeriod < paragraphs.Count)
        {
            board.Cost(SignalCatalog.RelevancePeriod, $"{paragraphs.Count - inPeriod} paragraph(s) deal only with years outside {resources.Rubric.Period.From}–{resources.Rubric.Period.To}.");
        }
    }

    /// <summary>Whether every date in a paragraph (at least two) lies outside the period.</summary>
    internal static bool IsOffPeriod(EssayDocument document, Paragraph paragraph, YearRange period)
    {
        var dates = 0;
        for (var m = document.FirstTemporalFrom(paragraph.Span.Start); m < document.Temporal.Count && document.Temporal[m].Span.Start < paragraph.Span.End; m++)
        {
            var mention = document.Temporal[m];
            if (period.Overlaps(mention.FirstYear, mention.LastYear))
            {
                return false;
            }

            dates++;
        }

        return dates >= 2;
    }

    private static bool Any(EssayFacts facts, Paragraph paragraph, SentenceCues cue)
    {
        foreach (var sentence in facts.Of(paragraph))
        {
            if (sentence.Has(cue))
            {
                return true;
            }
        }

        return false;
    }
}
