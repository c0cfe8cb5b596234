using System.Globalization;
using System.Runtime.InteropServices;
using Grader.Checks;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// Finds text that says nothing new: sentences that repeat an earlier one word for word (however short: "Stalin was
/// crucial." three hundred times), paragraphs that largely repeat an earlier paragraph, and template sentences — the
/// same skeleton of function and argument words with different names and dates in its slots ("In 1950 the treaty shows
/// that the role of the Soviet Union was crucial, because…", again and again) — or empty padding. Such text earns
/// nothing. Repeats beyond the first are excluded; template sentences are excluded when they make up a large share of
/// the essay, when the essay also goes to review (<see cref="FlagCodes.Repetition"/>, <see cref="FlagCodes.Templated"/>).
/// </summary>
internal sealed class RepetitionScreen : IEssayScreen
{
    /// <summary>The share of a paragraph's six-word runs found in one earlier paragraph that makes it a repeat.</summary>
    private const double RepeatedParagraphShare = 0.6;

    /// <summary>Repeated sentences send the essay to review from this many, or from this share of the sentences.</summary>
    private const int FlaggedRepeats = 3;

    private const double FlaggedRepeatShare = 0.15;

    /// <summary>A skeleton counts when it holds at least this many frame words and this many parts in all.</summary>
    private const int MinSkeletonFrameWords = 4;

    private const int MinSkeletonLength = 7;

    /// <summary>A skeleton used by this many sentences is a template.</summary>
    private const int TemplateGroup = 3;

    /// <summary>Sentences whose skeletons open with the same this many parts follow one template, however their slots end.</summary>
    private const int TemplatePrefix = 8;

    /// <summary>Template or padding sentences making up this share of the sentences (and at least <see cref="MinTemplated"/>) are excluded.</summary>
    private const double TemplatedShare = 0.3;

    private const int MinTemplated = 4;

    /// <summary>A padding sentence has this many words or more and at most one content word, and no date, name or number.</summary>
    private const int MinPaddingWords = 6;

    private const int SlotSymbol = -1;

    public void Screen(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        var scratch = RepetitionScratch.ForCurrentThread();
        RepeatedParagraphs(document, scratch.RunFirstSeenIn, board);
        RepeatedSentences(document, scratch.SentenceHashes, board);
        Templates(facts, resources.Vocabulary, board);
    }

    private static void RepeatedSentences(EssayDocument document, Dictionary<ulong, int> seen, ScreeningBoard board)
    {
        var repeated = 0;
        var counted = 0;
        TextSpan? example = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Paragraph < 0 || sentence.WordCount < 2 || board.IsExcluded(sentence.Span))
            {
                continue;
            }

            counted++;
            ref var times = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, WordsHash(document, sentence), out var exists);
            times++;
            if (exists)
            {
                repeated++;
                example ??= sentence.Span;
                board.Exclude(sentence.Span, ExclusionKind.Repetition, "Repeats an earlier sentence word for word: a repeat earns nothing.");
            }
        }

        if (repeated >= FlaggedRepeats || (counted > 0 && repeated >= 1 && (double)repeated / counted >= FlaggedRepeatShare))
        {
            board.Flag(FlagCodes.Repetition, FlagKind.Advisory, $"{repeated} of {counted} sentences repeat earlier ones word for word; the repeats earned nothing.", example);
        }
    }

    /// <summary>
    /// Paragraphs most of whose six-word runs already stand in one earlier paragraph, found in one pass: each run
    /// remembers the paragraph it first appeared in.
    /// </summary>
    private static void RepeatedParagraphs(EssayDocument document, Dictionary<ulong, int> firstSeenIn, ScreeningBoard board)
    {
        var paragraphs = document.Paragraphs;
        if (paragraphs.Count < 2)
        {
            return;
        }

        var sharedWith = new int[paragraphs.Count];
        var tally = new ParagraphRuns(firstSeenIn, sharedWith);
        TextSpan? first = null;
        var repeats = 0;
        for (var later = 0; later < paragraphs.Count; later++)
        {
            Array.Clear(sharedWith);
            tally.Begin(later);
            var (start, end) = document.TokenRange(paragraphs[later]);
            ShingleSet.ForEach(document, start, end, tally, static (t, hash) => t.Add(hash));
            if (paragraphs[later].WordCount < ShingleSet.Width * 2 || tally.Runs == 0)
            {
                continue;
            }

            for (var earlier = 0; earlier < later; earlier++)
            {
                if (paragraphs[earlier].WordCount >= ShingleSet.Width * 2 && sharedWith[earlier] >= RepeatedParagraphShare * tally.Runs)
                {
                    board.Exclude(paragraphs[later].Span, ExclusionKind.Repetition, $"Largely repeats paragraph {earlier + 1}: a repeat earns nothing.");
                    first ??= paragraphs[later].Span;
                    repeats++;
                    break;
                }
            }
        }

        if (repeats > 0)
        {
            board.Flag(FlagCodes.Repetition, FlagKind.Advisory, $"{repeats} paragraph(s) largely repeat earlier ones; the repeats earned nothing.", first);
        }
    }

    /// <summary>Sentences sharing one skeleton with different slot fillers, and padding; excluded when they are a large share of the essay.</summary>
    private static void Templates(EssayFacts facts, CheckVocabulary vocabulary, ScreeningBoard board)
    {
        var document = facts.Document;
        var groups = new Dictionary<ulong, List<Sentence>>();
        var padding = new List<Sentence>();
        var counted = 0;
        var skeleton = new List<int>(32);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.Paragraph < 0 || board.IsExcluded(sentence.Span))
            {
                continue;
            }

            counted++;
            var contentWords = Skeleton(document, sentence, vocabulary.SkeletonSymbolOfWord, skeleton, out var frameWords);
            if (contentWords <= 1 && sentence.WordCount >= MinPaddingWords && facts.Sentences[s].Specifics == 0)
            {
                padding.Add(sentence);
            }

            if (frameWords < MinSkeletonFrameWords || skeleton.Count < MinSkeletonLength)
            {
                continue;
            }

            // A sentence joins the group of its whole skeleton and the group of its skeleton's opening: a template's
            // slots may run on with words of their own, but its frame opens every sentence the same way.
            AddTo(groups, Hash(skeleton, skeleton.Count), sentence);
            if (skeleton.Count > TemplatePrefix)
            {
                AddTo(groups, Hash(skeleton, TemplatePrefix) ^ 0x9E3779B97F4A7C15UL, sentence);
            }
        }

        var templated = groups.Values.Where(g => g.Count >= TemplateGroup).SelectMany(g => g).Distinct().ToList();
        var templates = groups.Values.Count(g => g.Count >= TemplateGroup);
        var padded = padding.Where(p => !templated.Contains(p)).ToList();
        var total = templated.Count + padded.Count;
        if (counted == 0 || total < MinTemplated || (double)total / counted < TemplatedShare)
        {
            return;
        }

        foreach (var sentence in templated)
        {
            board.Exclude(sentence.Span, ExclusionKind.Template, "One of several sentences built on the same skeleton with different names and dates in its slots: template sentences earn nothing.");
        }

        foreach (var sentence in padded)
        {
            board.Exclude(sentence.Span, ExclusionKind.Template, "Padding: a sentence with nothing in it but argument words. It earns nothing.");
        }

        var example = templated.Count > 0 ? templated[0].Span : padded[0].Span;
        var what = (templated.Count, padded.Count) switch
        {
            (> 0, > 0) => $"{templated.Count} sentences follow {templates} template(s) and {padded.Count} are padding",
            (> 0, _) => $"{templated.Count} sentences follow {templates} template(s) (the same skeleton with different names and dates)",
            _ => $"{padded.Count} sentences are padding (argument words with no content)",
        };
        board.Flag(FlagCodes.Templated, FlagKind.Advisory, string.Create(CultureInfo.InvariantCulture, $"{what}, {(double)total / counted:P0} of the essay's sentences: they earned nothing."), example);
    }

    private static ulong Hash(List<int> skeleton, int length)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ (ulong)(uint)skeleton[i]) * 1099511628211UL;
        }

        return hash;
    }

    private static void AddTo(Dictionary<ulong, List<Sentence>> groups, ulong key, Sentence sentence)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            groups.Add(key, group = new List<Sentence>(2));
        }

        group.Add(sentence);
    }

    /// <summary>
    /// Writes the sentence's skeleton: its frame words (function and argument words, every degree word as one symbol)
    /// in order, each run of other words (names, dates, content) as one slot; articles are left out. Returns the
    /// number of content words.
    /// </summary>
    private static int Skeleton(EssayDocument document, Sentence sentence, int[] skeletonSymbolOfWord, List<int> skeleton, out int frameWords)
    {
        skeleton.Clear();
        frameWords = 0;
        var content = 0;
        var tokens = document.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                continue;
            }

            if (token.Kind == TokenKind.Word && token.WordId >= 0 && skeletonSymbolOfWord[token.WordId] >= 0)
            {
                if (!IsArticle(document.Slice(token.Span)))
                {
                    skeleton.Add(skeletonSymbolOfWord[token.WordId]);
                    frameWords++;
                }

                continue;
            }

            content += token.Kind == TokenKind.Word && token.Span.Length > 1 ? 1 : 0;
            if (skeleton.Count == 0 || skeleton[^1] != SlotSymbol)
            {
                skeleton.Add(SlotSymbol);
            }
        }

        return content;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

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
