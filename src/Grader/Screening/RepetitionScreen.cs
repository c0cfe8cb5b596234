using System.Globalization;
using System.Runtime.InteropServices;
using Grader.Checks;
using Grader.Rubrics;
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

    /// <summary>A sentence written this many times earns nothing, its first time included.</summary>
    private const int SpamRepeats = 3;

    /// <summary>A skeleton counts when it holds at least this many frame words and this many parts in all.</summary>
    private const int MinSkeletonFrameWords = 4;

    private const int MinSkeletonLength = 7;

    /// <summary>A skeleton used by this many sentences is a template.</summary>
    private const int TemplateGroup = 3;

    /// <summary>Two skeletons sharing at least this share of their three-part runs (Jaccard) are one template.</summary>
    private const double SameSkeleton = 0.5;

    /// <summary>Each sentence's skeleton is compared with at most this many following sentences'.</summary>
    private const int MaxCompared = 400;

    /// <summary>Marks the start and end of a skeleton in its runs.</summary>
    private const int Boundary = -2;

    /// <summary>Template sentences making up this share of the sentences (and at least <see cref="MinTemplated"/>) are excluded.</summary>
    private const double TemplatedShare = 0.2;

    private const int MinTemplated = 3;

    /// <summary>
    /// Padding alone (no template) is excluded from this share of the sentences and <see cref="MinPadding"/> sentences:
    /// honest answers, vague ones above all, carry a few sentences with nothing specific in them.
    /// </summary>
    private const double PaddingShare = 0.35;

    private const int MinPadding = 5;

    /// <summary>A padding sentence has this many words or more, and nothing specific in it.</summary>
    private const int MinPaddingWords = 5;

    private const int SlotSymbol = -1;

    /// <summary><see cref="SharedNeeded"/> at <see cref="SameSkeleton"/> for every total of up to 256 runs, made once: it was made for every pair of sentences.</summary>
    private static readonly int[] SharedNeededForSameSkeleton = [.. Enumerable.Range(0, 257).Select(total => SharedNeeded(total, SameSkeleton))];

    public void Screen(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        var scratch = RepetitionScratch.ForCurrentThread();
        RepeatedParagraphs(document, scratch.RunFirstSeenIn, board);
        RepeatedSentences(document, scratch.SentenceHashes, board);
        Templates(facts, resources, board);
    }

    /// <summary>
    /// Sentences that repeat an earlier one word for word: the repeats earn nothing, and a sentence written
    /// <see cref="SpamRepeats"/> times or more earns nothing at all. Copies in headings or of the question count towards
    /// the flag too (the question copied out ten times).
    /// </summary>
    private static void RepeatedSentences(EssayDocument document, Dictionary<ulong, int> seen, ScreeningBoard board)
    {
        var repeated = 0;
        var counted = 0;
        TextSpan? example = null;
        var hashes = new ulong[document.Sentences.Count];
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.WordCount < 2 || board.IsExcluded(sentence.Span))
            {
                continue;
            }

            counted += sentence.Paragraph >= 0 ? 1 : 0;
            hashes[s] = WordsHash(document, sentence);
            ref var times = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, hashes[s], out var exists);
            times++;
            if (exists)
            {
                repeated++;
                example ??= sentence.Span;
                if (sentence.Paragraph >= 0)
                {
                    board.Exclude(sentence.Span, ExclusionKind.Repetition, "Repeats an earlier sentence word for word: a repeat earns nothing.");
                }
            }
        }

        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (sentence.Paragraph >= 0 && hashes[s] != 0 && seen.TryGetValue(hashes[s], out var times) && times >= SpamRepeats && !board.IsExcluded(sentence.Span))
            {
                board.Exclude(sentence.Span, ExclusionKind.Repetition, $"Written {times} times over: a sentence repeated like this earns nothing, the first time included.");
            }
        }

        if (repeated >= FlaggedRepeats || (counted > 0 && repeated >= 1 && (double)repeated / counted >= FlaggedRepeatShare))
        {
            board.Flag(FlagCodes.Repetition, FlagKind.Advisory, $"{repeated} sentences repeat earlier ones word for word; the repeats earned nothing.", example);
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

    /// <summary>
    /// Sentences sharing one skeleton with different slot fillers, and padding; excluded when they are a large share of
    /// the essay. Two sentences share a skeleton when most of their skeletons' three-part runs are the same (a template's
    /// slots may hold a name, a clause or a date, which shifts the frame around them but keeps its runs).
    /// </summary>
    private static void Templates(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        var vocabulary = resources.Vocabulary;
        var candidates = new List<(Sentence Sentence, ulong[] Runs)>();
        var padding = new List<Sentence>();
        var weighsSpecifics = resources.WeighsSpecifics;
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
            Skeleton(document, sentence, vocabulary.SkeletonSymbolOfWord, skeleton, out var frameWords);
            if (weighsSpecifics && IsPadding(facts, s, board.TopicWordsOf(facts, resources)))
            {
                padding.Add(sentence);
            }

            if (frameWords >= MinSkeletonFrameWords && skeleton.Count >= MinSkeletonLength)
            {
                candidates.Add((sentence, Runs(skeleton)));
            }
        }

        // Every pair for an essay's worth of sentences; past that (a file of thousands of sentences), each sentence is
        // compared with the next MaxCompared only, so the work stays linear in the text. Two sets whose sizes differ by
        // more than a factor 1 / SameSkeleton cannot reach it, and are not compared.
        var partners = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var one = candidates[i].Runs;
            for (var j = i + 1; j < candidates.Count && j - i <= MaxCompared; j++)
            {
                var other = candidates[j].Runs;
                if (Math.Min(one.Length, other.Length) >= SameSkeleton * Math.Max(one.Length, other.Length) && ReachesSameSkeleton(one, other))
                {
                    partners[i]++;
                    partners[j]++;
                }
            }
        }

        var templated = new List<Sentence>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (partners[i] >= TemplateGroup - 1)
            {
                templated.Add(candidates[i].Sentence);
            }
        }

        var padded = padding.Where(p => !templated.Contains(p)).ToList();
        var total = templated.Count + padded.Count;
        var templates = counted > 0 && templated.Count >= MinTemplated && (double)total / counted >= TemplatedShare;
        var paddingAlone = counted > 0 && padded.Count >= MinPadding && (double)padded.Count / counted >= PaddingShare;
        if (!templates && !paddingAlone)
        {
            return;
        }

        foreach (var sentence in templated)
        {
            board.Exclude(sentence.Span, ExclusionKind.Template, "One of several sentences built on the same skeleton with different names and dates in its slots: template sentences earn nothing.");
        }

        foreach (var sentence in padded)
        {
            board.Exclude(sentence.Span, ExclusionKind.Template, "Padding: a sentence with nothing specific in it (no date, name or word of the topic), one of many. It earns nothing.");
        }

        var example = templated.Count > 0 ? templated[0].Span : padded[0].Span;
        var what = (templated.Count, padded.Count) switch
        {
            (> 0, > 0) => $"{templated.Count} sentences follow templates and {padded.Count} are padding",
            (> 0, _) => $"{templated.Count} sentences follow templates (the same skeleton with different names and dates)",
            _ => $"{padded.Count} sentences are padding (nothing specific in them: no date, name or word of the topic)",
        };
        board.Flag(FlagCodes.Templated, FlagKind.Advisory, string.Create(CultureInfo.InvariantCulture, $"{what}, {(double)total / counted:P0} of the essay's sentences: they earned nothing."), example);
    }

    /// <summary>
    /// The distinct hashes of a skeleton's three-part runs, its start and end marked, sorted (so two sets are compared by
    /// one merge, with no hashing: the screen's pairwise comparison was its largest cost with hash sets).
    /// </summary>
    private static ulong[] Runs(List<int> skeleton)
    {
        var runs = new ulong[skeleton.Count + 1];
        var count = 0;
        for (var i = -1; i < skeleton.Count - 1; i++)
        {
            var a = i < 0 ? Boundary : skeleton[i];
            var b = skeleton[i + 1];
            var c = i + 2 < skeleton.Count ? skeleton[i + 2] : Boundary;
            runs[count++] = (((ulong)(uint)a * 1099511628211UL) ^ (uint)b) * 1099511628211UL ^ (uint)c;
        }

        Array.Sort(runs, 0, count);
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            if (distinct == 0 || runs[i] != runs[distinct - 1])
            {
                runs[distinct++] = runs[i];
            }
        }

        return runs.AsSpan(0, distinct).ToArray();
    }

    /// <summary>
    /// Whether the Jaccard similarity of two sorted sets of distinct run hashes reaches <see cref="SameSkeleton"/>. The
    /// merge stops as soon as the runs left cannot bring the shared count to what the threshold needs: most pairs of
    /// sentences differ early, and this comparison, made for every pair of sentences, was the screen's largest cost.
    /// </summary>
    private static bool ReachesSameSkeleton(ulong[] a, ulong[] b)
    {
        var total = a.Length + b.Length;
        var need = total < SharedNeededForSameSkeleton.Length ? SharedNeededForSameSkeleton[total] : SharedNeeded(total, SameSkeleton);
        var shared = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (shared + Math.Min(a.Length - i, b.Length - j) < need)
            {
                return false;
            }

            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared >= need;
    }

    /// <summary>The fewest shared runs that give two sets of <paramref name="total"/> runs in all a Jaccard similarity of <paramref name="threshold"/>.</summary>
    private static int SharedNeeded(int total, double threshold)
    {
        // shared / (total - shared) grows with shared; start below the exact root and step up, so the comparison is the one made on the ratio itself.
        var shared = Math.Max(0, (int)(threshold * total / (1 + threshold)) - 1);
        while (shared <= total && (total - shared == 0 ? double.PositiveInfinity : (double)shared / (total - shared)) < threshold)
        {
            shared++;
        }

        return shared;
    }

    /// <summary>
    /// Whether the rubric rewards specific evidence (a criterion weighs, or a cap tests, an <c>evidence.*</c> signal).
    /// Only then is a sentence with nothing specific in it padding: in a story, a letter or an opinion piece marked for
    /// development, content and language, most sentences of an honest answer name nothing rare ("We sat down again and
    /// waited."), and on the ASAP-AES narratives a third of them and more took whole stories away.
    /// </summary>
    internal static bool WeighsSpecifics(Rubric rubric) => RubricSignalUse.Uses(rubric, static s => s.StartsWith("evidence.", StringComparison.Ordinal));

    /// <summary>
    /// Whether a sentence is padding: words without anything specific in them — no date, number or name, no word of
    /// the question's subject or topic, no name or rare word (<see cref="TopicProfile.SpecificWords"/>). "It is
    /// important to note that this is very important." Alone such a sentence is harmless; many of them are padding.
    /// </summary>
    internal static bool IsPadding(EssayFacts facts, int index, TopicWords words)
    {
        var sentence = facts.Document.Sentences[index];
        var cues = facts.Sentences[index];
        return sentence.WordCount >= MinPaddingWords
            && cues.Specifics == 0
            && !cues.Has(SentenceCues.Subject) && !cues.Has(SentenceCues.Topic)
            && TopicProfile.SpecificWords(words, sentence) == 0;
    }

    /// <summary>
    /// Writes the sentence's skeleton: its frame words (function and argument words, every degree word as one symbol)
    /// in order, each run of other words (names, dates, content) as one slot; articles are left out, and so are frame
    /// words inside a name ("Treaty of Friendship, Alliance and Mutual Assistance" is one slot). Returns the number of
    /// content words.
    /// </summary>
    private static int Skeleton(EssayDocument document, Sentence sentence, int[] skeletonSymbolOfWord, List<int> skeleton, out int frameWords)
    {
        skeleton.Clear();
        frameWords = 0;
        var content = 0;
        var tokens = document.Tokens;
        var previousWord = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                continue;
            }

            var isFrame = token.Kind == TokenKind.Word && token.WordId >= 0 && skeletonSymbolOfWord[token.WordId] >= 0;
            if (isFrame && IsInsideName(document, previousWord, i, sentence.EndToken))
            {
                isFrame = false;
            }

            previousWord = i;
            if (isFrame)
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

    /// <summary>Whether the word at <paramref name="index"/> stands between two capitalised words, inside a name ("Treaty of Friendship").</summary>
    private static bool IsInsideName(EssayDocument document, int previousWord, int index, int end)
    {
        if (previousWord < 0 || !char.IsUpper(document.Text[document.Tokens[previousWord].Start]))
        {
            return false;
        }

        for (var j = index + 1; j < end; j++)
        {
            var next = document.Tokens[j];
            if (next.Kind != TokenKind.Symbol)
            {
                return char.IsUpper(document.Text[next.Start]) && !char.IsUpper(document.Text[document.Tokens[index].Start]);
            }
        }

        return false;
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
