using System.Globalization;

namespace Grader.Checks;

/// <summary>
/// Structure: an introduction, body paragraphs and a conclusion; point–evidence–explanation–link in each body
/// paragraph; and length against the rubric's guide. A short answer has no paragraphs to arrange, so only its length
/// is measured (<see cref="SignalRequirements"/> keeps rubrics from weighing the rest).
/// </summary>
internal sealed class StructureCheck : IEssayCheck
{
    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        if (resources.Rubric.ResponseType == Rubrics.ResponseType.Essay)
        {
            Roles(facts, board);
            Peel(facts, board);
        }

        Length(facts, resources, board);
    }

    private static void Roles(EssayFacts facts, SignalBoard board)
    {
        const string signal = SignalCatalog.StructureRoles;
        var document = facts.Document;
        var value = 0.0;
        if (facts.Introduction >= 0)
        {
            value += 0.35;
            board.Earned(signal, "An introduction sets out the argument.", document.Sentences[document.Paragraphs[facts.Introduction].FirstSentence].Span);
        }
        else
        {
            board.Cost(signal, "No introduction setting out the argument.");
        }

        if (facts.Conclusion >= 0)
        {
            value += 0.35;
            board.Earned(signal, "A conclusion draws the argument together.", document.Sentences[document.Paragraphs[facts.Conclusion].FirstSentence].Span);
        }
        else
        {
            board.Cost(signal, "No conclusion drawing the argument together.");
        }

        var body = facts.Body.Count;
        value += body switch { >= 3 => 0.3, 2 => 0.2, 1 => 0.1, _ => 0 };
        if (body >= 3)
        {
            board.Earned(signal, $"{body} body paragraphs develop the argument.");
        }
        else
        {
            board.Cost(signal, $"Only {body} body paragraph(s): the argument needs room to develop.");
        }

        board.Set(signal, value);
    }

    private static void Peel(EssayFacts facts, SignalBoard board)
    {
        const string signal = SignalCatalog.StructurePeel;
        if (facts.Body.Count == 0)
        {
            board.Set(signal, 0);
            return;
        }

        var sum = 0.0;
        foreach (var paragraph in facts.Body)
        {
            var sentences = facts.Of(paragraph);
            var first = sentences[0];
            var point = first.IsAnalytic || first.Has(SentenceCues.ContrastOpener) || (first.LinksToQuestion && first.Specifics <= 1);
            var evidence = false;
            var explanation = false;
            foreach (var sentence in sentences)
            {
                evidence |= sentence.Specifics > 0;
                explanation |= sentence.Has(SentenceCues.Explanation) || sentence.Has(SentenceCues.Evaluation);
            }

            var link = SustainedJudgementCheck.MiniJudgement(facts, paragraph) is not null;
            var parts = (point ? 1 : 0) + (evidence ? 1 : 0) + (explanation ? 1 : 0) + (link ? 1 : 0);
            sum += parts / 4.0;
            if (parts < 4)
            {
                var missing = new List<string>(4);
                if (!point)
                {
                    missing.Add("a clear point");
                }

                if (!evidence)
                {
                    missing.Add("specific evidence");
                }

                if (!explanation)
                {
                    missing.Add("explanation");
                }

                if (!link)
                {
                    missing.Add("a link back to the question");
                }

                board.Cost(signal, $"Paragraph {paragraph.Index + 1} lacks {string.Join(", ", missing)}.", facts.Document.Sentences[paragraph.FirstSentence].Span);
            }
        }

        var value = sum / facts.Body.Count;
        board.Set(signal, value);
        board.Note(signal, string.Create(CultureInfo.InvariantCulture, $"Point–evidence–explanation–link: {value:P0} complete across {facts.Body.Count} body paragraphs."));
    }

    private static void Length(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        const string signal = SignalCatalog.StructureLength;
        var guide = resources.Rubric.Length;
        var words = facts.Document.ProseWordCount;
        double value;
        if (words < guide.GuideMin)
        {
            value = (double)words / guide.GuideMin;
            board.Cost(signal, $"{words} words, under the guide of {guide.GuideMin}–{guide.GuideMax}.");
        }
        else if (words > guide.GuideMax)
        {
            value = 1 - (0.8 * (words - guide.GuideMax) / guide.GuideMax);
            board.Cost(signal, $"{words} words, over the guide of {guide.GuideMin}–{guide.GuideMax}: more selective evidence would be sharper.");
        }
        else
        {
            value = 1;
            board.Earned(signal, $"{words} words, within the guide of {guide.GuideMin}–{guide.GuideMax}.");
        }

        board.Set(signal, value);
    }
}
