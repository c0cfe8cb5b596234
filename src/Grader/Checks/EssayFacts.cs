using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Facts about an analysed essay that several checks share, computed once per essay: each sentence's cues and
/// stance, and which prose paragraphs are the introduction, the body and the conclusion.
/// </summary>
internal sealed class EssayFacts
{
    private const double QuestionEchoShare = 0.4;

    private readonly CheckVocabulary _vocabulary;
    private CopyFindings? _copies;
    private LanguageProfile? _language;

    private EssayFacts(EssayDocument document, SentenceFacts[] sentences, CheckVocabulary vocabulary)
    {
        Document = document;
        Sentences = sentences;
        _vocabulary = vocabulary;
    }

    public EssayDocument Document { get; }

    /// <summary>Facts for each of <see cref="EssayDocument.Sentences"/>, by the same index.</summary>
    public SentenceFacts[] Sentences { get; }

    /// <summary>The introduction's paragraph index, or -1 when the essay has none.</summary>
    public int Introduction { get; private set; } = -1;

    /// <summary>The conclusion's paragraph index, or -1 when the essay has none.</summary>
    public int Conclusion { get; private set; } = -1;

    public IReadOnlyList<Paragraph> Body { get; private set; } = Array.Empty<Paragraph>();

    /// <summary>
    /// The essay's sentences copied from the model essay or an exemplar (<see cref="CopyFinder"/>), found on first use
    /// and kept for every check after it; <paramref name="reference"/> is the mark scheme's <see cref="MarkingResources.CopyReference"/>.
    /// </summary>
    public CopyFindings CopiesFrom(CopyReference reference) => _copies ??= CopyFinder.Find(Document, reference);

    /// <summary>How much of the essay is English (<see cref="LanguageProfile"/>), measured on first use and kept: several screens and checks ask.</summary>
    public LanguageProfile Language => _language ??= LanguageProfile.Of(Document, _vocabulary);

    public static EssayFacts Build(EssayDocument document, CheckVocabulary vocabulary)
    {
        var sentences = new SentenceFacts[document.Sentences.Count];
        var tokens = document.Tokens.AsSpan();
        var specifics = new SpecificCounter(document);
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = document.Sentences[i];
            sentences[i] = Describe(tokens, sentence, vocabulary, ref specifics);
        }

        var facts = new EssayFacts(document, sentences, vocabulary);
        facts.AssignRoles(QuestionForms.AnswerCues(vocabulary.QuestionForm));
        return facts;
    }

    /// <summary>The facts of the sentences of <paramref name="paragraph"/>.</summary>
    public ReadOnlySpan<SentenceFacts> Of(Paragraph paragraph) =>
        Sentences.AsSpan(paragraph.FirstSentence, paragraph.EndSentence - paragraph.FirstSentence);

    /// <summary>The mean stance of the sentences in <paramref name="paragraph"/> that take one on the question, or -1.</summary>
    public double StanceOf(Paragraph paragraph, out int sentenceIndex)
    {
        var sum = 0.0;
        var count = 0;
        sentenceIndex = -1;
        var best = -1.0;
        for (var i = paragraph.FirstSentence; i < paragraph.EndSentence; i++)
        {
            var facts = Sentences[i];
            if (facts.Stance < 0 || !(facts.LinksToQuestion || facts.Has(SentenceCues.Thesis) || facts.Has(SentenceCues.Conclusion)))
            {
                continue;
            }

            var weight = facts.Has(SentenceCues.Thesis) || facts.Has(SentenceCues.QuestionEcho) || facts.Has(SentenceCues.ConclusionOpener) ? 2 : 1;
            sum += facts.Stance * weight;
            count += weight;
            if (weight > best)
            {
                best = weight;
                sentenceIndex = i;
            }
        }

        return count == 0 ? -1 : sum / count;
    }

    /// <param name="answerCues">Besides a stance of degree, the cues of a sentence that answers the question (<see cref="QuestionForms.AnswerCues"/>).</param>
    private void AssignRoles(SentenceCues answerCues)
    {
        var paragraphs = Document.Paragraphs;
        if (paragraphs.Count >= 2 && LooksLikeIntroduction(paragraphs[0], answerCues))
        {
            Introduction = 0;
        }

        if (paragraphs.Count >= 2 && LooksLikeConclusion(paragraphs[^1]))
        {
            Conclusion = paragraphs.Count - 1;
        }

        var body = new List<Paragraph>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Index != Introduction && paragraph.Index != Conclusion)
            {
                body.Add(paragraph);
            }
        }

        Body = body;
    }

    private bool LooksLikeIntroduction(Paragraph paragraph, SentenceCues answerCues)
    {
        foreach (var facts in Of(paragraph))
        {
            if (facts.Has(SentenceCues.Thesis) || (facts.Has(SentenceCues.QuestionEcho) && (facts.Stance >= 0 || (facts.Cues & answerCues) != 0)))
            {
                return true;
            }
        }

        return false;
    }

    private bool LooksLikeConclusion(Paragraph paragraph)
    {
        var sentences = Of(paragraph);
        for (var i = 0; i < sentences.Length && i < 2; i++)
        {
            if (sentences[i].Has(SentenceCues.ConclusionOpener))
            {
                return true;
            }
        }

        foreach (var facts in sentences)
        {
            if (facts.Stance >= 0 && (facts.Has(SentenceCues.Thesis) || facts.Has(SentenceCues.QuestionEcho)))
            {
                return true;
            }
        }

        return false;
    }

    private static SentenceFacts Describe(ReadOnlySpan<Token> tokens, Sentence sentence, CheckVocabulary vocabulary, ref SpecificCounter specifics)
    {
        var first = sentence.FirstToken;
        var end = sentence.EndToken;
        var cues = SentenceCues.None;
        var opener = FirstLexical(tokens, first, end);
        if (opener >= 0 && vocabulary.Contrast.TryMatchAt(tokens, opener, end, out _))
        {
            cues |= SentenceCues.ContrastOpener;
        }

        if (opener >= 0 && vocabulary.Conclusion.TryMatchAt(tokens, opener, end, out _))
        {
            cues |= SentenceCues.ConclusionOpener;
        }

        cues |= (SentenceCues)vocabulary.Cues.CollectFlags(tokens, first, end);
        if (vocabulary.Question.EchoShare(tokens, first, end) >= QuestionEchoShare)
        {
            cues |= SentenceCues.QuestionEcho;
        }

        var stance = Stance(tokens, first, end, vocabulary);
        if (stance >= 0)
        {
            cues |= SentenceCues.Degree;
        }

        specifics.Count(sentence.Span, out var total, out var years, out var entities);
        return new SentenceFacts(cues, stance, total, years, entities);
    }

    private static int FirstLexical(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Symbol)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The mean strength of the degree words in a sentence (the first, which usually carries the main claim, counting
    /// double), or -1 when it has none. A negation just before a degree
    /// word reverses it ("not crucial"); a degree word nearer to an alternative factor than to the question's subject
    /// speaks for that factor, and so against the question ("land reform was decisive").
    /// </summary>
    private static double Stance(ReadOnlySpan<Token> tokens, int first, int end, CheckVocabulary vocabulary)
    {
        var sum = 0.0;
        var count = 0;
        var i = first;
        while (i < end)
        {
            if (!vocabulary.Degree.TryMatchAt(tokens, i, end, out var match))
            {
                i++;
                continue;
            }

            var negated = IsNegated(tokens, first, match.FirstToken, vocabulary);
            var value = (match.Value, negated) switch
            {
                (CheckVocabulary.DegreeHigh, false) => 1.0,
                (CheckVocabulary.DegreeMedium, false) => 0.6,
                (CheckVocabulary.DegreeLow, true) => 0.6,
                _ => 0.15,
            };
            if (NearestIsFactor(tokens, first, end, match.FirstToken, vocabulary))
            {
                value = Math.Max(0.15, 1.15 - value);
            }

            var weight = count == 0 ? 2 : 1;
            sum += value * weight;
            count += weight;
            i = match.LastToken + 1;
        }

        return count == 0 ? -1 : sum / count;
    }

    private static bool NearestIsFactor(ReadOnlySpan<Token> tokens, int first, int end, int at, CheckVocabulary vocabulary)
    {
        var subject = NearestDistance(vocabulary.Subject, tokens, first, end, at);
        var factor = NearestDistance(vocabulary.Factors, tokens, first, end, at);
        return factor < subject;
    }

    private static int NearestDistance(PhraseSet set, ReadOnlySpan<Token> tokens, int first, int end, int at)
    {
        var best = int.MaxValue;
        var i = first;
        while (i < end)
        {
            if (set.TryMatchAt(tokens, i, end, out var match))
            {
                var distance = match.LastToken < at ? at - match.LastToken : match.FirstToken - at;
                best = Math.Min(best, Math.Abs(distance));
                i = match.LastToken + 1;
            }
            else
            {
                i++;
            }
        }

        return best;
    }

    private static bool IsNegated(ReadOnlySpan<Token> tokens, int first, int at, CheckVocabulary vocabulary)
    {
        var seen = 0;
        for (var i = at - 1; i >= first && seen < 4; i--)
        {
            if (tokens[i].Kind == TokenKind.Symbol)
            {
                continue;
            }

            seen++;
            if (vocabulary.Negation.TryMatchAt(tokens, i, at, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Walks the document's mention lists once, in step with the sentences, counting what each sentence holds.</summary>
    private struct SpecificCounter(EssayDocument document)
    {
        private int _temporal;
        private int _money;
        private int _counts;
        private int _entities;

        public void Count(TextSpan span, out int total, out int years, out int entities)
        {
            years = Advance(document.Temporal, ref _temporal, span, static m => m.Span);
            var money = Advance(document.Money, ref _money, span, static m => m.Span);
            var counts = Advance(document.Counts, ref _counts, span, static m => m.Span);
            entities = Advance(document.Entities, ref _entities, span, static m => m.Span);
            total = years + money + counts + entities;
        }

        private static int Advance<T>(IReadOnlyList<T> mentions, ref int index, TextSpan span, Func<T, TextSpan> spanOf)
        {
            while (index < mentions.Count && spanOf(mentions[index]).Start < span.Start)
            {
                index++;
            }

            var count = 0;
            while (index < mentions.Count && spanOf(mentions[index]).Start < span.End)
            {
                index++;
                count++;
            }

            return count;
        }
    }
}
