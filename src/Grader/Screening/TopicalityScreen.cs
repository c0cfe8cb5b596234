using System.Globalization;
using Grader.Checks;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// Whether each prose paragraph is about the question, by meaning: how much of the specific weight of its words lies in
/// the words of the question's reference texts (<see cref="TopicProfile"/>), not whether it names the subject. A
/// paragraph about something else earns nothing for evidence, analysis or judgement, however often it says "Soviet";
/// an essay with such paragraphs goes to review with <see cref="FlagCodes.OffTopic"/>.
/// </summary>
internal sealed class TopicalityScreen : IEssayScreen
{
    /// <summary>A paragraph whose on-topic share of specific weight is below this is about something else.</summary>
    internal const double OffTopicBelow = 0.4;

    /// <summary>Paragraphs shorter than this are too short to judge alone (a closing line, a heading-like sentence).</summary>
    private const int MinJudgedWords = 20;

    /// <summary>A paragraph is judged only when its specific words weigh at least this (about three rare words or names).</summary>
    private const double MinJudgedWeight = 25;

    /// <summary>Without reference texts to judge by, under this share of paragraphs naming the subject or topic is off the topic.</summary>
    private const double OnTopicParagraphShare = 0.34;

    /// <summary>
    /// In the first pass, a paragraph with at least this share of all its content words (weighed by rarity) in the
    /// reference texts is on the topic whatever its specific words: an answer in plain words to a question whose model
    /// essay is technical ("germs" and "white blood cells" against "pathogens" and "lymphocytes"). Measured: paragraphs of
    /// other topics, pasted or named, reach at most 0.50 (bundled question's gaming suite); honest ones 0.42 and up.
    /// </summary>
    internal const double OnTopicVocabularyFrom = 0.55;

    /// <summary>In an essay mostly off the topic, a paragraph is off the topic below this share.</summary>
    internal const double MostlyOffTopicBelow = 0.75;

    /// <summary>
    /// Marks off-topic paragraphs below <paramref name="threshold"/>: judged ones (long enough, with enough specific
    /// words), and unjudged ones next to an off-topic paragraph whose few specific words are off the topic too (the
    /// short pieces of a pasted essay). Returns the words of all off-topic paragraphs.
    /// </summary>
    private static int Judge(List<(Paragraph Paragraph, double Share, double Weight, double Vocabulary)> paragraphs, bool[] off, double threshold, double vocabularyFrom)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (paragraph, share, weight, vocabulary) = paragraphs[p];
            off[p] |= paragraph.WordCount >= MinJudgedWords && weight >= MinJudgedWeight && share < threshold && vocabulary < vocabularyFrom;
        }

        for (var changed = true; changed;)
        {
            changed = false;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var (_, share, weight, vocabulary) = paragraphs[p];
                var nextToOff = (p > 0 && off[p - 1]) || (p + 1 < paragraphs.Count && off[p + 1]);
                if (!off[p] && nextToOff && weight > 0 && share < threshold && vocabulary < vocabularyFrom)
                {
                    off[p] = true;
                    changed = true;
                }
            }
        }

        var words = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            words += off[p] ? paragraphs[p].Paragraph.WordCount : 0;
        }

        return words;
    }

    public void Screen(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        if (document.Paragraphs.Count == 0 || facts.Language.IsNotEnglish)
        {
            return;
        }

        if (resources.Topic.IsEmpty)
        {
            BySubjectWords(facts, resources, board);
            return;
        }

        var (offTopic, offTopicWords, words) = Exclude(facts, resources, board, OffTopicBelow, OnTopicVocabularyFrom);
        if (offTopicWords * 2 >= words)
        {
            // In an essay that is mostly about something else, a paragraph half about it is presumed off the topic too:
            // a subject sentence dropped into each paragraph does not carry it.
            var (more, moreWords, _) = Exclude(facts, resources, board, MostlyOffTopicBelow);
            offTopic.AddRange(more);
            offTopicWords += moreWords;
        }

        board.Set(SignalCatalog.RelevanceTopicality, words == 0 ? 0 : 1 - ((double)offTopicWords / words));
        if (offTopic.Count == 0)
        {
            return;
        }

        offTopic.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var which = string.Join(", ", offTopic.Take(6).Select(o => (o.Index + 1).ToString(CultureInfo.InvariantCulture)));
        var message = offTopicWords * 2 >= words
            ? $"The essay is mostly about something else: {offTopic.Count} of its paragraphs ({offTopicWords} of {words} words) are off the question's topic, whatever names they drop. They earned nothing."
            : $"Paragraph(s) {which} ({offTopicWords} of {words} words) are about something else than the question. They earned nothing.";
        board.Flag(FlagCodes.OffTopic, FlagKind.Advisory, message, document.Sentences[offTopic[0].FirstSentence].Span);
    }

    /// <summary>
    /// The fallback when the question has too little reference text to judge meaning by (<see cref="TopicProfile.IsEmpty"/>):
    /// an essay in which under a third of the paragraphs mention the subject, the topic terms or a gazetteer name seems
    /// to answer another question. Flagged, nothing excluded (a subject-word count is too crude to take text away).
    /// </summary>
    private static void BySubjectWords(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        var onTopic = 0;
        var echoCounts = !QuestionSubject.Of(resources.Rubric).HasTerms;
        foreach (var paragraph in document.Paragraphs)
        {
            if (echoCounts && RelevanceCheck.EchoesQuestion(document, paragraph, resources.Vocabulary.Question))
            {
                onTopic++;
                continue;
            }

            foreach (var sentence in facts.Of(paragraph))
            {
                if (sentence.Has(SentenceCues.Subject) || sentence.Has(SentenceCues.Topic) || sentence.Entities > 0)
                {
                    onTopic++;
                    break;
                }
            }
        }

        if (onTopic < OnTopicParagraphShare * document.Paragraphs.Count)
        {
            board.Flag(FlagCodes.OffTopic, FlagKind.Advisory, $"Only {onTopic} of {document.Paragraphs.Count} paragraphs mention {QuestionSubject.Of(resources.Rubric).Name} or the question's topic: the essay seems to answer another question.");
        }
    }

    /// <summary>
    /// Excludes the paragraphs not yet excluded that are off the topic below <paramref name="threshold"/>: returns them,
    /// their words, and the words of every paragraph that was still in play. A paragraph whose vocabulary share reaches
    /// <paramref name="vocabularyFrom"/> is kept (<see cref="OnTopicVocabularyFrom"/>; the stricter passes give none).
    /// </summary>
    internal static (List<Paragraph> OffTopic, int OffTopicWords, int Words) Exclude(EssayFacts facts, MarkingResources resources, ScreeningBoard board, double threshold, double vocabularyFrom = double.PositiveInfinity)
    {
        var document = facts.Document;
        var topicWords = board.TopicWordsOf(facts, resources);
        var paragraphs = new List<(Paragraph Paragraph, double Share, double Weight, double Vocabulary)>();
        var words = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            if (!board.IsExcluded(paragraph.Span))
            {
                var share = TopicProfile.Topicality(document, topicWords, paragraph, out var weight, out var vocabulary);
                paragraphs.Add((paragraph, share, weight, vocabulary));
                words += paragraph.WordCount;
            }
        }

        if (!double.IsPositiveInfinity(vocabularyFrom))
        {
            InEssayContext(document, topicWords, paragraphs, threshold, vocabularyFrom);
        }

        var off = new bool[paragraphs.Count];
        var offTopicWords = Judge(paragraphs, off, threshold, vocabularyFrom);
        var offTopic = new List<Paragraph>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (!off[p])
            {
                continue;
            }

            var (paragraph, share, _, _) = paragraphs[p];
            offTopic.Add(paragraph);
            board.Exclude(
                paragraph.Span,
                ExclusionKind.OffTopic,
                string.Create(CultureInfo.InvariantCulture, $"Paragraph {paragraph.Index + 1} is about something else: only {share:P0} of the weight of its specific words (names and rare words) belongs to the question's topic. Off-topic material earns nothing."));
        }

        return (offTopic, offTopicWords, words);
    }

    /// <summary>
    /// Judges the paragraphs that look off the topic again, with the specific words of the essay's own on-topic paragraphs
    /// counted as on the topic: a paragraph explaining the question in the essay's own terms ("germs", "memory cells",
    /// used also where the essay is plainly on the topic) is part of the answer; a pasted passage or another essay's
    /// paragraph shares its specific words with nothing the essay says about the question. Used in the first pass only.
    /// </summary>
    private static void InEssayContext(EssayDocument document, TopicWords words, List<(Paragraph Paragraph, double Share, double Weight, double Vocabulary)> paragraphs, double threshold, double vocabularyFrom)
    {
        HashSet<ulong>? essayTerms = null;
        var doubtful = false;
        foreach (var (paragraph, share, _, vocabulary) in paragraphs)
        {
            if (share >= threshold || vocabulary >= vocabularyFrom)
            {
                TopicProfile.AddSpecificWordsBeyondReference(document, words, paragraph, essayTerms ??= []);
            }
            else
            {
                doubtful = true;
            }
        }

        if (!doubtful || essayTerms is null || essayTerms.Count == 0)
        {
            return;
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (paragraph, share, weight, vocabulary) = paragraphs[p];
            if (share < threshold && vocabulary < vocabularyFrom)
            {
                paragraphs[p] = (paragraph, TopicProfile.Topicality(document, words, paragraph, essayTerms), weight, vocabulary);
            }
        }
    }
}
