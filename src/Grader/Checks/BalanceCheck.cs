using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Balance: paragraphs that argue the other side, concessions inside the argument, and the answer key's alternative
/// factors weighed (named in a sentence that explains or evaluates) rather than merely mentioned.
/// </summary>
internal sealed class BalanceCheck : IEssayCheck
{
    private const double TargetConcessions = 3;
    private const double TargetFactors = 3;

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        CounterParagraphs(facts, board);
        Concessions(facts, board);
        Factors(facts, resources, board);
    }

    private static void CounterParagraphs(EssayFacts facts, SignalBoard board)
    {
        const string signal = SignalCatalog.BalanceCounter;
        var counter = 0;
        foreach (var paragraph in facts.Body)
        {
            var sentences = facts.Of(paragraph);
            if (sentences.Length > 0 && sentences[0].Has(SentenceCues.ContrastOpener))
            {
                counter++;
                board.Earned(signal, $"Paragraph {paragraph.Index + 1} turns to the other side of the argument.", facts.Document.Sentences[paragraph.FirstSentence].Span);
            }
        }

        board.Set(signal, counter switch { 0 => 0, 1 => 0.7, _ => 1 });
        if (counter == 0)
        {
            board.Cost(signal, "No paragraph argues the other side (one opening 'However…' or 'Nevertheless…' and weighing other factors).");
        }
    }

    private static void Concessions(EssayFacts facts, SignalBoard board)
    {
        const string signal = SignalCatalog.BalanceConcession;
        var count = 0;
        for (var i = 0; i < facts.Sentences.Length; i++)
        {
            if (facts.Document.Sentences[i].Paragraph < 0 || !facts.Sentences[i].Has(SentenceCues.Concession))
            {
                continue;
            }

            count++;
            if (count <= 2)
            {
                board.Earned(signal, "Concedes a point to the other side.", facts.Document.Sentences[i].Span);
            }
        }

        board.Set(signal, count / TargetConcessions);
        if (count == 0)
        {
            board.Cost(signal, "No concessions: the argument never acknowledges the other side.");
        }
    }

    private static void Factors(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        const string signal = SignalCatalog.BalanceFactors;
        var factors = resources.AnswerKey.AlternativeFactors;
        if (factors.Count == 0)
        {
            board.Set(signal, board.Get(SignalCatalog.BalanceCounter));
            board.Note(signal, "The answer key lists no alternative factors; counter-argument paragraphs were used instead.");
            return;
        }

        var document = facts.Document;
        var tokens = document.Tokens.AsSpan();
        var credit = new double[factors.Count];
        var where = new TextSpan[factors.Count];
        var matches = new List<PhraseMatch>();
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            if (sentence.Paragraph < 0)
            {
                continue;
            }

            matches.Clear();
            resources.Vocabulary.Factors.FindAll(tokens, sentence.FirstToken, sentence.EndToken, matches);
            foreach (var match in matches)
            {
                var value = facts.Sentences[i].IsAnalytic ? 1.0 : 0.5;
                if (value > credit[match.Value])
                {
                    credit[match.Value] = value;
                    where[match.Value] = sentence.Span;
                }
            }
        }

        var total = 0.0;
        for (var f = 0; f < factors.Count; f++)
        {
            total += credit[f];
            if (credit[f] >= 1)
            {
                board.Earned(signal, $"Weighs another factor: {factors[f].Name}.", where[f]);
            }
            else if (credit[f] > 0)
            {
                board.Note(signal, $"Mentions {factors[f].Name} without weighing it.", where[f]);
            }
        }

        board.Set(signal, total / TargetFactors);
        if (total < TargetFactors)
        {
            var missing = factors.Where((_, f) => credit[f] == 0).Select(f => f.Name).Take(3).ToArray();
            if (missing.Length > 0)
            {
                board.Cost(signal, $"Other factors an answer could weigh: {string.Join("; ", missing)}.");
            }
        }
    }
}
