using System.Globalization;
using System.Runtime.InteropServices;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Whether the engine's marks can stand alone: raises advisory flags for essays that are too short, not in English,
/// a list of keywords rather than prose, repetitive, or about something else. (Copies of the model essay are caught
/// by <see cref="CopyCheck"/>.)
/// </summary>
internal sealed class IntegrityCheck : IEssayCheck
{
    private const int MinimumWordsToJudgeLanguage = 20;

    /// <summary>The share of English function words that ordinary prose reaches (it is usually 0.4–0.5).</summary>
    private const double ProseFunctionShare = 0.3;
    private const double EnglishFunctionShareFloor = 0.2;
    private const double KeywordListFunctionShare = 0.12;

    /// <summary>Other languages' function words make up a tenth or more of prose in those languages.</summary>
    private const double ForeignFunctionShareFloor = 0.1;
    private const double NonLatinShare = 0.3;
    private const double OnTopicParagraphShare = 0.34;
    private const int MinimumRepeatedSentenceWords = 5;

    /// <summary>The share of a paragraph's six-word runs found in one earlier paragraph that makes it a repeat.</summary>
    private const double RepeatedParagraphShare = 0.6;

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var document = facts.Document;
        var guide = resources.Rubric.Length;
        if (document.ProseWordCount < guide.TooShortBelow)
        {
            board.Flag(FlagCodes.TooShort, FlagKind.Advisory, $"{document.ProseWordCount} words of prose, under {guide.TooShortBelow}: too short to mark with confidence (guide {guide.GuideMin}–{guide.GuideMax}).");
        }

        var language = LanguageProfile.Of(document, resources.Vocabulary);
        board.Set(SignalCatalog.IntegrityProse, language.EnglishShare / ProseFunctionShare);
        var notEnglish = language.Words >= MinimumWordsToJudgeLanguage || language.Letters >= MinimumWordsToJudgeLanguage * 4
            ? language.NonLatinShare > NonLatinShare || (language.ForeignShare >= ForeignFunctionShareFloor && language.ForeignShare > language.EnglishShare && language.EnglishShare < EnglishFunctionShareFloor)
            : false;
        if (notEnglish)
        {
            board.Flag(FlagCodes.NotEnglish, FlagKind.Advisory, string.Create(CultureInfo.InvariantCulture, $"The essay does not appear to be in English ({language.EnglishShare:P0} English function words, {language.ForeignShare:P0} from other languages, {language.NonLatinShare:P0} non-Latin letters)."));
        }
        else if (language.Words >= 10 && language.EnglishShare < KeywordListFunctionShare)
        {
            board.Flag(FlagCodes.KeywordList, FlagKind.Advisory, string.Create(CultureInfo.InvariantCulture, $"Only {language.EnglishShare:P0} of the words are the little words that join prose (the, of, was…): this reads as a list of keywords, not an essay."));
        }

        Repetition(document, IntegrityScratch.ForCurrentThread(), board);
        if (!notEnglish)
        {
            Topicality(facts, resources, board);
        }
    }

    private static void Repetition(EssayDocument document, IntegrityScratch scratch, SignalBoard board)
    {
        var seen = scratch.SentenceHashes;
        var repeated = 0;
        var counted = 0;
        TextSpan? example = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Paragraph < 0 || sentence.WordCount < MinimumRepeatedSentenceWords)
            {
                continue;
            }

            counted++;
            var hash = WordsHash(document, sentence);
            ref var times = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, hash, out var exists);
            if (exists)
            {
                repeated++;
                example ??= sentence.Span;
            }

            times++;
        }

        var paragraphCopy = RepeatedParagraph(document, scratch.RunFirstSeenIn);
        if (paragraphCopy is { } copy)
        {
            board.Flag(FlagCodes.Repetition, FlagKind.Advisory, $"Paragraph {copy.Later + 1} largely repeats paragraph {copy.Earlier + 1}.", document.Sentences[document.Paragraphs[copy.Later].FirstSentence].Span);
        }
        else if (counted > 0 && (repeated >= 3 || (double)repeated / counted >= 0.15))
        {
            board.Flag(FlagCodes.Repetition, FlagKind.Advisory, $"{repeated} of {counted} sentences repeat earlier ones word for word.", example);
        }
    }

    /// <summary>
    /// The first paragraph most of whose six-word runs already stand in one earlier paragraph, found in one pass: each
    /// run remembers the paragraph it first appeared in.
    /// </summary>
    private static (int Earlier, int Later)? RepeatedParagraph(EssayDocument document, Dictionary<ulong, int> firstSeenIn)
    {
        var paragraphs = document.Paragraphs;
        if (paragraphs.Count < 2)
        {
            return null;
        }

        var sharedWith = new int[paragraphs.Count];
        var tally = new ParagraphRuns(firstSeenIn, sharedWith);
        for (var later = 0; later < paragraphs.Count; later++)
        {
            Array.Clear(sharedWith);
            tally.Begin(later);
            var (first, end) = document.TokenRange(paragraphs[later]);
            ShingleSet.ForEach(document, first, end, tally, static (t, hash) => t.Add(hash));
            if (paragraphs[later].WordCount < ShingleSet.Width * 2 || tally.Runs == 0)
            {
                continue;
            }

            for (var earlier = 0; earlier < later; earlier++)
            {
                if (paragraphs[earlier].WordCount >= ShingleSet.Width * 2 && sharedWith[earlier] >= RepeatedParagraphShare * tally.Runs)
                {
                    return (earlier, later);
                }
            }
        }

        return null;
    }

    private static ulong WordsHash(EssayDocument document, Sentence sentence)
    {
        var hash = 14695981039346656037UL;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (document.Tokens[i].Kind != TokenKind.Symbol)
            {
                hash = (hash ^ document.WordHashes[i]) * 1099511628211UL;
            }
        }

        return hash;
    }

    private static void Topicality(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var document = facts.Document;
        if (document.Paragraphs.Count == 0)
        {
            return;
        }

        var onTopic = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            foreach (var sentence in facts.Of(paragraph))
            {
                if (sentence.Has(SentenceCues.Subject) || sentence.Has(SentenceCues.Topic) || sentence.Entities > 0)
                {
                    onTopic++;
                    break;
                }
            }
        }

        var share = (double)onTopic / document.Paragraphs.Count;
        if (share < OnTopicParagraphShare)
        {
            board.Flag(FlagCodes.OffTopic, FlagKind.Advisory, string.Create(CultureInfo.InvariantCulture, $"Only {onTopic} of {document.Paragraphs.Count} paragraphs mention {resources.Rubric.Subject.Name} or the question's topic: the essay seems to answer another question."));
        }
    }

    /// <summary>Counts, for the paragraph being read, how many of its runs first appeared in each earlier paragraph.</summary>
    private sealed class ParagraphRuns(Dictionary<ulong, int> firstSeenIn, int[] sharedWith)
    {
        private int _paragraph;

        public int Runs { get; private set; }

        public void Begin(int paragraph)
        {
            _paragraph = paragraph;
            Runs = 0;
        }

        public void Add(ulong hash)
        {
            Runs++;
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstSeenIn, hash, out var exists);
            if (!exists)
            {
                first = _paragraph;
            }
            else if (first != _paragraph)
            {
                sharedWith[first]++;
            }
        }
    }
}
