using System.Globalization;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Sustained judgement: a thesis in the introduction that answers the question (for a "how far" question with a
/// degree and, when the question has a period, better with a time qualifier; for "compare", "why" and "explain"
/// questions a sentence that compares, gives reasons or explains also answers, see <see cref="QuestionForms"/>); a
/// conclusion that reaches a judgement agreeing with it; mini-judgements linking each body paragraph back to the
/// question. The stance itself is never compared with the model essay's: only its presence and consistency count.
/// Feedback names the rubric's key concept, never words of one question.
/// </summary>
internal sealed class SustainedJudgementCheck : IEssayCheck
{
    /// <summary>Stances at or above this agree with the question's proposition; below it they disagree.</summary>
    private const double AgreesAt = 0.55;

    /// <summary>How far two stances on the same side may differ and still agree.</summary>
    private const double SameSideDrift = 0.5;

    /// <summary>Stances on opposite sides closer than this are a shift, not a contradiction.</summary>
    private const double CrossSideDrift = 0.25;

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var question = new QuestionReading(resources.Vocabulary.QuestionForm, resources.Rubric.KeyConcept.Name, resources.Rubric.Period);
        var introduction = Thesis(facts, board, question);
        var conclusion = ConclusionJudgement(facts, board, question);
        Consistency(board, introduction, conclusion, question);
        Links(facts, board);
    }

    private static StanceTaken Thesis(EssayFacts facts, SignalBoard board, QuestionReading question)
    {
        const string signal = SignalCatalog.JudgementThesis;
        var paragraphs = facts.Document.Paragraphs;
        if (facts.Introduction < 0)
        {
            if (paragraphs.Count > 0 && AnswerSentence(facts, paragraphs[0], question.Form) is { } opening)
            {
                board.Set(signal, 0.3);
                board.Cost(signal, "No introduction sets out an answer to the question; the opening paragraph only touches on a judgement.", facts.Document.Sentences[opening].Span);
            }
            else
            {
                board.Set(signal, 0);
                board.Cost(signal, $"No thesis: the essay never states in an introduction {QuestionForms.Position(question.Form)}.", paragraphs.Count > 0 ? paragraphs[0].Span : default);
            }

            return StanceTaken.None;
        }

        var introduction = paragraphs[facts.Introduction];
        var stance = facts.StanceOf(introduction, out var index);
        index = index >= 0 ? index : AnswerSentence(facts, introduction, question.Form) ?? -1;
        if (index < 0)
        {
            board.Set(signal, 0.25);
            board.Cost(signal, $"The introduction sets the scene but takes no position on {QuestionForms.Position(question.Form)}.", introduction.Span);
            return StanceTaken.None;
        }

        var sentence = facts.Document.Sentences[index];
        var thesis = facts.Sentences[index];
        var value = 0.55;
        if (thesis.Has(SentenceCues.Thesis) || thesis.Has(SentenceCues.QuestionEcho))
        {
            value += 0.25;
        }

        board.Earned(signal, stance >= 0 ? $"The introduction answers the question with a degree ({question.Describe(stance)})." : $"The introduction answers the question: it sets out {QuestionForms.Position(question.Form)}.", sentence.Span);
        if (question.Period is not { } period || question.Form != QuestionForm.Extent)
        {
            // Only a "how far" question about a period is answered better with a time qualifier: elsewhere the
            // degree (or the answer) is the whole of the thesis.
            value /= 0.8;
        }
        else if (HasTimeQualifier(facts, introduction))
        {
            value += 0.2;
            board.Earned(signal, "The judgement is qualified in time.", sentence.Span);
        }
        else
        {
            board.Note(signal, string.Create(CultureInfo.InvariantCulture, $"The thesis could be sharpened by saying when within {period.From}–{period.To} the judgement holds (for example 'until' or 'after' a year)."));
        }

        board.Set(signal, value);
        return new StanceTaken(stance, sentence.Span, Answered: true);
    }

    private static bool HasTimeQualifier(EssayFacts facts, Text.Paragraph paragraph)
    {
        foreach (var sentence in facts.Of(paragraph))
        {
            if (sentence.Stance >= 0 && sentence.Has(SentenceCues.TimeQualifier) && sentence.Years > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static StanceTaken ConclusionJudgement(EssayFacts facts, SignalBoard board, QuestionReading question)
    {
        const string signal = SignalCatalog.JudgementConclusion;
        var paragraphs = facts.Document.Paragraphs;
        if (facts.Conclusion < 0)
        {
            var last = paragraphs.Count > 1 ? paragraphs[^1] : null;
            if (last is not null && AnswerSentence(facts, last, question.Form) is { } closing)
            {
                board.Set(signal, 0.3);
                board.Cost(signal, "The essay ends without a conclusion; its last paragraph only touches on a judgement.", facts.Document.Sentences[closing].Span);
            }
            else
            {
                board.Set(signal, 0);
                board.Cost(signal, "No conclusion reaching a judgement on the question.", last?.Span ?? default);
            }

            return StanceTaken.None;
        }

        var conclusion = paragraphs[facts.Conclusion];
        var stance = facts.StanceOf(conclusion, out var index);
        index = index >= 0 ? index : AnswerSentence(facts, conclusion, question.Form) ?? -1;
        if (index < 0)
        {
            board.Set(signal, 0.3);
            board.Cost(signal, $"The conclusion summarises without reaching a judgement on {QuestionForms.Position(question.Form)}.", conclusion.Span);
            return StanceTaken.None;
        }

        var developed = 0;
        foreach (var sentence in facts.Of(conclusion))
        {
            if (sentence.IsAnalytic)
            {
                developed++;
            }
        }

        var value = developed >= 2 ? 1.0 : 0.75;
        board.Set(signal, value);
        var judgement = stance >= 0 ? $" ({question.Describe(stance)})" : $" on {QuestionForms.Position(question.Form)}";
        board.Earned(signal, $"The conclusion reaches a judgement{judgement}{(developed >= 2 ? " and develops it" : "")}.", facts.Document.Sentences[index].Span);
        if (developed < 2)
        {
            board.Note(signal, "The conclusion states its judgement without developing the reasons for it.");
        }

        return new StanceTaken(stance, facts.Document.Sentences[index].Span, Answered: true);
    }

    private static void Consistency(SignalBoard board, StanceTaken introductionStance, StanceTaken conclusionStance, QuestionReading question)
    {
        const string signal = SignalCatalog.JudgementConsistency;
        if (!introductionStance.Answered || !conclusionStance.Answered)
        {
            board.Set(signal, !introductionStance.Answered && !conclusionStance.Answered ? 0 : 0.3);
            board.Cost(signal, "A sustained judgement needs both an introduction and a conclusion that take a position; one is missing.");
            return;
        }

        var introduction = introductionStance.Stance;
        var conclusion = conclusionStance.Stance;
        if (introduction < 0 || conclusion < 0)
        {
            // A comparison, a reason or an explanation without a degree word: both ends answer, but whether they say
            // the same cannot be read from degree words.
            board.Set(signal, 1);
            board.Note(signal, $"The introduction and the conclusion both answer {QuestionForms.Position(question.Form)}.", introductionStance.Sentence, conclusionStance.Sentence);
            return;
        }

        var gap = Math.Abs(introduction - conclusion);
        var introSpan = introductionStance.Sentence;
        var conclusionSpan = conclusionStance.Sentence;
        var sameSide = introduction >= AgreesAt == conclusion >= AgreesAt;
        var change = $"({question.Describe(introduction)} → {question.Describe(conclusion)})";
        if (sameSide && gap <= SameSideDrift)
        {
            board.Set(signal, 1);
            board.Earned(signal, $"The conclusion agrees with the introduction {change}.", introSpan, conclusionSpan);
        }
        else if (sameSide || gap < CrossSideDrift)
        {
            board.Set(signal, 0.5);
            board.Cost(signal, $"The conclusion shifts from the introduction's position {change}.", introSpan, conclusionSpan);
        }
        else
        {
            board.Set(signal, 0);
            board.Cost(signal, $"The conclusion contradicts the introduction {change}: the judgement is not sustained.", introSpan, conclusionSpan);
        }
    }

    private static void Links(EssayFacts facts, SignalBoard board)
    {
        const string signal = SignalCatalog.JudgementLinks;
        var body = facts.Body;
        if (body.Count == 0)
        {
            board.Set(signal, 0);
            board.Cost(signal, "There are no body paragraphs to link back to the question.");
            return;
        }

        var linked = 0;
        foreach (var paragraph in body)
        {
            if (MiniJudgement(facts, paragraph) is { } index)
            {
                linked++;
                board.Earned(signal, $"Paragraph {paragraph.Index + 1} ends with a judgement linked to the question.", facts.Document.Sentences[index].Span);
            }
            else
            {
                board.Cost(signal, $"Paragraph {paragraph.Index + 1} does not link back to the question at its end.", facts.Document.Sentences[paragraph.EndSentence - 1].Span);
            }
        }

        board.Set(signal, (double)linked / body.Count);
    }

    /// <summary>The index of a closing sentence (one of the last two) that links back to the question with a judgement.</summary>
    internal static int? MiniJudgement(EssayFacts facts, Text.Paragraph paragraph)
    {
        var from = Math.Max(paragraph.FirstSentence, paragraph.EndSentence - 2);
        for (var i = paragraph.EndSentence - 1; i >= from; i--)
        {
            var sentence = facts.Sentences[i];
            if (sentence.LinksToQuestion && (sentence.Has(SentenceCues.Link) || sentence.Has(SentenceCues.Degree) || sentence.Has(SentenceCues.Evaluation)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence of <paragraph name="paragraph"/> that answers the question: the one taking a stance of degree, or
    /// for a question of another form one that links to the question and holds that form's cues (a comparison, a
    /// reason, an explanation).
    /// </summary>
    private static int? AnswerSentence(EssayFacts facts, Text.Paragraph paragraph, QuestionForm form)
    {
        facts.StanceOf(paragraph, out var index);
        if (index >= 0)
        {
            return index;
        }

        var cues = QuestionForms.AnswerCues(form);
        if (cues == SentenceCues.None)
        {
            return null;
        }

        for (var i = paragraph.FirstSentence; i < paragraph.EndSentence; i++)
        {
            var sentence = facts.Sentences[i];
            if ((sentence.LinksToQuestion || sentence.Has(SentenceCues.Thesis) || sentence.Has(SentenceCues.Conclusion)) && (sentence.Cues & cues) != 0)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// A paragraph's answer to the question: its stance of degree (-1 when it states none) and the sentence that
    /// answers; <see cref="Answered"/> is false when no sentence does.
    /// </summary>
    private readonly record struct StanceTaken(double Stance, TextSpan Sentence, bool Answered)
    {
        public static StanceTaken None => new(-1, default, false);
    }
}
