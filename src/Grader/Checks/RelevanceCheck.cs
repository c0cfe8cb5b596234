using Grader.Rubrics;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Relevance: body paragraphs that echo the question's subject (its subject or topic terms; when the rubric has
/// neither, a sentence that echoes the question), paragraphs that use its key concept or weigh it by degree, and
/// paragraphs that stay within the question's period (when it has one).
/// </summary>
internal sealed class RelevanceCheck : IEssayCheck
{
    /// <summary>Without subject terms, a paragraph keeps the question in view when it holds this many of the question's content words.</summary>
    private const int EchoWords = 2;

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var document = facts.Document;
        var paragraphs = document.Paragraphs;
        var body = facts.Body.Count > 0 ? facts.Body : paragraphs;
        var period = resources.Rubric.Period;
        if (paragraphs.Count == 0)
        {
            board.Set(SignalCatalog.RelevanceSubject, 0);
            board.Set(SignalCatalog.RelevanceConcept, 0);
            if (period is not null)
            {
                board.Set(SignalCatalog.RelevancePeriod, 0);
            }

            board.Cost(SignalCatalog.RelevanceSubject, "There is no prose to mark.");
            return;
        }

        Subject(facts, body, resources, board);

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

        if (period is not null)
        {
            Period(document, period, board);
        }
    }

    /// <summary>
    /// Body paragraphs that mention the subject's terms; when the rubric has none, paragraphs that hold at least
    /// <see cref="EchoWords"/> of the question's content words (all of them when it has fewer).
    /// </summary>
    private static void Subject(EssayFacts facts, IReadOnlyList<Paragraph> body, MarkingResources resources, SignalBoard board)
    {
        const string signal = SignalCatalog.RelevanceSubject;
        var subject = QuestionSubject.Of(resources.Rubric);
        var question = resources.Vocabulary.Question;
        var mentions = subject.HasTerms ? $"mentions {subject.Name}" : "echoes the question's own terms";
        var kept = 0;
        foreach (var paragraph in body)
        {
            if (subject.HasTerms ? Any(facts, paragraph, SentenceCues.Subject) : EchoesQuestion(facts.Document, paragraph, question))
            {
                kept++;
            }
            else
            {
                board.Cost(signal, $"Paragraph {paragraph.Index + 1} never {mentions}.", facts.Document.Sentences[paragraph.FirstSentence].Span);
            }
        }

        board.Set(signal, (double)kept / body.Count);
        if (kept > 0)
        {
            board.Earned(signal, $"{kept} of {body.Count} body paragraphs keep {subject.Name} in view.");
        }
    }

    private static void Period(EssayDocument document, YearRange period, SignalBoard board)
    {
        var paragraphs = document.Paragraphs;
        var inPeriod = 0;
        foreach (var paragraph in paragraphs)
        {
            inPeriod += IsOffPeriod(document, paragraph, period) ? 0 : 1;
        }

        board.Set(SignalCatalog.RelevancePeriod, (double)inPeriod / paragraphs.Count);
        if (inPeriod < paragraphs.Count)
        {
            board.Cost(SignalCatalog.RelevancePeriod, $"{paragraphs.Count - inPeriod} paragraph(s) deal only with years outside {period.From}–{period.To}.");
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

    /// <summary>Whether <paramref name="paragraph"/> holds at least <see cref="EchoWords"/> of the question's content words (all of them when it has fewer).</summary>
    internal static bool EchoesQuestion(EssayDocument document, Paragraph paragraph, QuestionWords question)
    {
        var first = document.Sentences[paragraph.FirstSentence].FirstToken;
        var end = document.Sentences[paragraph.EndSentence - 1].EndToken;
        return question.Count > 0 && question.EchoCount(document.Tokens, first, end) >= Math.Min(EchoWords, question.Count);
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
