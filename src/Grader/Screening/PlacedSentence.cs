using Grader.Checks;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// What a sentence scores for where it stands (<see cref="CoherenceScreen.OrderCoherence"/>): as the essay's first
/// sentence, as a paragraph's first or last, in the first or last paragraph; the step it counts ("Secondly" 2), if
/// any; and the first year it names (0 when none), since dated sentences of a paragraph usually run forward in time.
/// </summary>
internal readonly record struct PlacedSentence(double AsEssayOpener, double AsParagraphOpener, double AsParagraphCloser, double InFirstParagraph, double InLastParagraph, int Step, int Year)
{
    /// <summary>Whether the sentence carries any cue of place.</summary>
    public bool HasCue => AsEssayOpener != 0 || AsParagraphOpener != 0 || AsParagraphCloser != 0 || InFirstParagraph != 0 || InLastParagraph != 0 || Step > 0;

    public static PlacedSentence Of(EssayFacts facts, int index, CheckVocabulary vocabulary)
    {
        var document = facts.Document;
        var sentence = document.Sentences[index];
        var cues = facts.Sentences[index];
        var tokens = document.Tokens.AsSpan();
        var opener = FirstWord(tokens, sentence);
        var dependent = opener >= 0 && vocabulary.Dependent.TryMatchAt(tokens, opener, sentence.EndToken, out _);
        var summary = opener >= 0 && vocabulary.Summary.TryMatchAt(tokens, opener, sentence.EndToken, out _);
        var step = opener >= 0 && vocabulary.Sequence.TryMatchAt(tokens, opener, sentence.EndToken, out var match) ? match.Value : 0;
        var turnsOrCounts = cues.Has(SentenceCues.ContrastOpener) || step > 0;
        var links = cues.Has(SentenceCues.Link) || cues.Has(SentenceCues.Conclusion) || (cues.Stance >= 0 && cues.LinksToQuestion);
        var thesis = cues.Has(SentenceCues.Thesis) || (cues.Stance >= 0 && cues.Has(SentenceCues.QuestionEcho));
        var year = 0;
        var mention = document.FirstTemporalFrom(sentence.Span.Start);
        if (mention < document.Temporal.Count && document.Temporal[mention].Span.Start < sentence.Span.End)
        {
            year = document.Temporal[mention].FirstYear;
        }

        return new PlacedSentence(
            AsEssayOpener: dependent ? -2 : 0,
            AsParagraphOpener: (turnsOrCounts ? 1 : 0) + (summary ? 1 : 0) - (dependent && !turnsOrCounts && !summary ? 1 : 0),
            AsParagraphCloser: links ? 1 : 0,
            InFirstParagraph: thesis ? 1 : 0,
            InLastParagraph: (summary ? 2 : 0) + (cues.Has(SentenceCues.ConclusionOpener) ? 1 : 0),
            Step: step,
            Year: year);
    }

    private static int FirstWord(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind != TokenKind.Symbol)
            {
                return i;
            }
        }

        return -1;
    }
}
