using System.Globalization;
using Grader.Checks;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// Whether the sentences are sentences and follow from each other. Two measures, neither needing training data:
/// <list type="bullet">
/// <item><b>Word order.</b> The rate of word pairs English grammar never makes ("the of", "of was", "and or", a sentence
/// ending on "the"; <see cref="GrammarWords"/>). Prose shows almost none; words shuffled into sentence-shaped chunks show
/// one every twenty words or so. A paragraph of word salad earns nothing.</item>
/// <item><b>Sentence order.</b> Sentences next to each other, and sentences of one paragraph, share more content words
/// than sentences drawn at random from the same essay. The essay's own sentences, reshuffled at random many times (with
/// a fixed seed), give the chance level; how far the essay stands above it (a z-score) is its order coherence. Sentences
/// shuffled across paragraphs stand at chance.</item>
/// </list>
/// Both feed <see cref="SignalCatalog.StructureCoherence"/>; an incoherent essay goes to review with
/// <see cref="FlagCodes.Incoherent"/>.
/// </summary>
internal sealed class CoherenceScreen : IEssayScreen
{
    /// <summary>A paragraph of at least this many words whose impossible-pair rate reaches <see cref="SaladRate"/> is word salad.</summary>
    private const int MinSaladWords = 25;

    /// <summary>
    /// Impossible word pairs per word that make word salad. Shuffled words make one every 14 to 18 words (5.6–7 %, the
    /// gaming suite's word salad); written prose well under 1 in 200.
    /// </summary>
    private const double SaladRate = 0.025;

    /// <summary>Of the impossible pairs, pairs of words ("the of") per word that word salad reaches, capitals aside.</summary>
    private const double MinSaladWordPairRate = 0.015;

    /// <summary>
    /// At least this many impossible pairs before a paragraph is called word salad: a weak writer's typos make one now and
    /// then ("The are happy because the are…"), and with two enough, a short answer with two such slips was taken for
    /// word salad (1.2 % of the 12,976 ASAP-AES essays reached 2 % with two or more; 0.6 % reach 2.5 % with three).
    /// </summary>
    private const int MinSaladPairs = 3;

    /// <summary>Sentence order is judged only with at least this many sentences (fewer give chance too much room).</summary>
    private const int MinOrderSentences = 12;

    /// <summary>Order coherence (z above chance) below which the essay's sentences look shuffled.</summary>
    private const double ShuffledBelow = 1.2;

    /// <summary>Order coherence (z above chance) that counts as fully coherent.</summary>
    private const double CoherentAt = 2.5;

    /// <summary>Sentence order is judged only with at least this many paragraphs…</summary>
    private const int MinOrderParagraphs = 4;

    /// <summary>…of at least this many sentences on average.</summary>
    private const double MinSentencesPerParagraph = 2.5;

    /// <summary>Sentence order is judged only when at least this many sentences carry a cue of place.</summary>
    private const int MinPlacedCues = 4;

    /// <summary>How many random reshufflings give the chance level.</summary>
    private const int Shuffles = 60;

    public void Screen(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        if (document.Paragraphs.Count == 0 || facts.Language.IsNotEnglish)
        {
            return;
        }

        var grammar = resources.Vocabulary.GrammarClassOfWord;
        var kept = new List<(Paragraph Paragraph, int Impossible, int WordPairs, TextSpan? FirstAt)>(document.Paragraphs.Count);
        var proseWords = 0;
        var pairs = 0;
        var wordPairs = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            if (!board.IsExcluded(paragraph.Span))
            {
                var impossible = ImpossiblePairs(document, paragraph, grammar, out var firstAt, out var ofWords);
                kept.Add((paragraph, impossible, ofWords, firstAt));
                proseWords += paragraph.WordCount;
                pairs += impossible;
                wordPairs += ofWords;
            }
        }

        // Word salad cut into short paragraphs shows only over the whole essay (then all of it goes); in a long paragraph,
        // in that paragraph alone.
        var wholeIsSalad = IsSalad(pairs, wordPairs, proseWords);
        var saladWords = 0;
        TextSpan? example = null;
        foreach (var (paragraph, impossible, ofWords, firstAt) in kept)
        {
            if (wholeIsSalad || IsSalad(impossible, ofWords, paragraph.WordCount))
            {
                saladWords += paragraph.WordCount;
                example ??= firstAt;
                board.Exclude(paragraph.Span, ExclusionKind.Incoherent, string.Create(CultureInfo.InvariantCulture, $"Words that do not make sentences: {impossible} word pair(s) no English sentence has (\"the of\", \"of was\"…) in {paragraph.WordCount} words. Word salad earns nothing."));
            }
        }

        if (proseWords == 0)
        {
            return;
        }

        var order = OrderCoherence(facts, resources.Vocabulary, board);
        var grammatical = 1 - ((double)saladWords / proseWords);
        var coherence = order is { } z ? Math.Min(grammatical, Math.Clamp((z - ShuffledBelow + 0.5) / (CoherentAt - ShuffledBelow + 0.5), 0, 1)) : grammatical;
        board.Set(SignalCatalog.StructureCoherence, coherence);
        if (saladWords * 4 >= proseWords)
        {
            board.Flag(FlagCodes.Incoherent, FlagKind.Advisory, string.Create(CultureInfo.InvariantCulture, $"{saladWords} of {proseWords} words are word salad: word pairs no English sentence has ({pairs} of them). They earned nothing."), example);
        }
        else if (order is { } shuffled && shuffled < ShuffledBelow)
        {
            board.Flag(FlagCodes.Incoherent, FlagKind.Advisory, string.Create(CultureInfo.InvariantCulture, $"The sentences do not follow from each other: neighbouring sentences and sentences of one paragraph share no more than sentences picked at random (order coherence {shuffled:0.0} against 2–6 for written essays). The essay may be shuffled or stitched together."));
        }
    }

    /// <summary>
    /// Whether a passage is word salad: enough impossible pairs in all, and enough of them pairs of words (not capitals
    /// alone). A capitalised "Then", "She" or "The" inside a sentence is where a shuffled sentence's first word lands,
    /// but also where a writer who leaves out full stops starts the next sentence: on the ASAP-AES essays, 65 of the 77
    /// that reached the rate did so mostly by such capitals (their word pairs under 1.5 %), while word salad's word pairs
    /// alone run at 3.5–5.8 %.
    /// </summary>
    private static bool IsSalad(int impossible, int wordPairs, int words) =>
        words >= MinSaladWords && impossible >= MinSaladPairs && impossible >= SaladRate * words && wordPairs >= MinSaladWordPairRate * words;

    /// <summary>
    /// Counts what English grammar never makes in a paragraph: word pairs such as "the of" or "of was", a sentence
    /// ending on "the", and a capitalised function word inside a sentence ("the war The of") — where a sentence's first
    /// word lands when words are shuffled. <paramref name="firstAt"/> is the first sentence holding one.
    /// </summary>
    internal static int ImpossiblePairs(EssayDocument document, Paragraph paragraph, byte[] grammarClassOfWord, out TextSpan? firstAt) =>
        ImpossiblePairs(document, paragraph, grammarClassOfWord, out firstAt, out _);

    /// <summary>As <see cref="ImpossiblePairs(EssayDocument, Paragraph, byte[], out TextSpan?)"/>; <paramref name="wordPairs"/> counts those that are pairs of words, capitals aside.</summary>
    internal static int ImpossiblePairs(EssayDocument document, Paragraph paragraph, byte[] grammarClassOfWord, out TextSpan? firstAt, out int wordPairs)
    {
        firstAt = null;
        wordPairs = 0;
        var count = 0;
        var tokens = document.Tokens;
        var text = document.Text;
        for (var s = paragraph.FirstSentence; s < paragraph.EndSentence; s++)
        {
            var sentence = document.Sentences[s];
            var previous = -1;
            var before = count;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Symbol)
                {
                    continue;
                }

                var current = ClassOf(token, grammarClassOfWord);
                if (previous >= 0)
                {
                    var gap = text.AsSpan(tokens[previous].End, token.Start - tokens[previous].End);
                    if (gap.Length > 0 && gap.IsWhiteSpace())
                    {
                        var pair = GrammarWords.IsImpossible(ClassOf(tokens[previous], grammarClassOfWord), current) ? 1 : 0;
                        count += pair;
                        wordPairs += pair;
                        count += current != GrammarWords.None && char.IsUpper(text[token.Start]) && !IsPronounI(text, token) && !IsAllCapitals(document.Slice(token.Span)) ? 1 : 0;
                    }
                }

                previous = i;
            }

            if (previous >= 0 && GrammarWords.IsImpossible(ClassOf(tokens[previous], grammarClassOfWord), null))
            {
                count++;
                wordPairs++;
            }

            if (count > before)
            {
                firstAt ??= sentence.Span;
            }
        }

        return count;
    }

    private static bool IsPronounI(string text, Token token) => token.Span.Length == 1 && text[token.Start] == 'I';

    /// <summary>
    /// Whether a word is written in capitals throughout ("THE", "OF"): text typed with caps lock on, or a word stressed,
    /// says nothing of where a sentence began; a shuffled sentence opener is capitalised only at its first letter.
    /// </summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> word) => word.Length > 1 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');

    private static byte ClassOf(Token token, byte[] grammarClassOfWord) =>
        token.Kind == TokenKind.Word && token.WordId >= 0 ? grammarClassOfWord[token.WordId] : GrammarWords.None;

    /// <summary>
    /// How far the essay's sentences stand where a writer puts them, above chance: each sentence scores for where it
    /// stands (a paragraph that opens by turning the argument, "However…", or by counting it, "Secondly…"; a paragraph
    /// that ends by linking back to the question; an essay that does not open on "This…" or "Therefore…"; a thesis in
    /// the first paragraph and a summary in the last; steps counted in order; dated sentences running forward in time), and the essay's total is set against the same sentences
    /// reshuffled at random many times (paragraph sizes kept, fixed seed) as a z-score. Null when there are too few
    /// sentences, or too few placed cues, to tell.
    /// </summary>
    internal static double? OrderCoherence(EssayFacts facts, CheckVocabulary vocabulary, ScreeningBoard board)
    {
        var document = facts.Document;
        var placed = new List<PlacedSentence>();
        var paragraphOf = new List<int>();
        var paragraphs = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            var before = placed.Count;
            for (var s = paragraph.FirstSentence; s < paragraph.EndSentence; s++)
            {
                if (!board.IsExcluded(document.Sentences[s].Span))
                {
                    placed.Add(PlacedSentence.Of(facts, s, vocabulary));
                    paragraphOf.Add(paragraphs);
                }
            }

            paragraphs += placed.Count > before ? 1 : 0;
        }

        // Order shows in where sentences stand in their paragraphs: essays of one-sentence paragraphs, or of two or
        // three long ones, leave too few places to tell (their sentences hardly move when shuffled).
        var n = placed.Count;
        if (n < MinOrderSentences || paragraphs < MinOrderParagraphs || n < MinSentencesPerParagraph * paragraphs || placed.Count(p => p.HasCue) < MinPlacedCues)
        {
            return null;
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var observed = Placement(placed, order, paragraphOf, paragraphs);
        var random = new Random(unchecked((int)0x5EED_C0DE));
        var sum = 0.0;
        var sumOfSquares = 0.0;
        for (var k = 0; k < Shuffles; k++)
        {
            random.Shuffle(order);
            var value = Placement(placed, order, paragraphOf, paragraphs);
            sum += value;
            sumOfSquares += value * value;
        }

        var mean = sum / Shuffles;
        var deviation = Math.Sqrt(Math.Max(0, (sumOfSquares / Shuffles) - (mean * mean)));
        return deviation < 1e-9 ? null : (observed - mean) / deviation;
    }

    /// <summary>The essay's placement score when place <c>i</c> holds sentence <c>order[i]</c> (places keep their paragraphs).</summary>
    private static double Placement(List<PlacedSentence> placed, int[] order, List<int> paragraphOf, int paragraphs)
    {
        var score = placed[order[0]].AsEssayOpener;
        var lastStep = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var sentence = placed[order[i]];
            if (i == 0 || paragraphOf[i - 1] != paragraphOf[i])
            {
                score += sentence.AsParagraphOpener;
            }

            if (i == order.Length - 1 || paragraphOf[i + 1] != paragraphOf[i])
            {
                score += sentence.AsParagraphCloser;
            }

            if (paragraphOf[i] == 0)
            {
                score += sentence.InFirstParagraph;
            }

            if (paragraphOf[i] == paragraphs - 1)
            {
                score += sentence.InLastParagraph;
            }

            if (sentence.Year > 0 && i > 0 && paragraphOf[i - 1] == paragraphOf[i] && placed[order[i - 1]].Year is var previous and > 0)
            {
                score += sentence.Year >= previous ? 0.5 : -0.5;
            }

            if (sentence.Step > 0)
            {
                score += lastStep == 0 ? 0 : sentence.Step > lastStep ? 1 : -1;
                lastStep = sentence.Step;
            }
        }

        return score;
    }
}
