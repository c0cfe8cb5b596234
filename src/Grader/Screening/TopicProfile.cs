using Grader.Collections;
using Grader.Rubrics;
using Grader.Similarity;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// What a question is about, by meaning rather than by a few subject words: every word of its reference texts (the
/// question, the model essay, the exemplars and the answer key). A passage is judged by its <em>specific</em> words
/// only — names (capitalised inside a sentence) and words rare in general English (by their inverse document frequency
/// in general English, <see cref="WordSpecificityTable.English"/>) — each weighed by that rarity: it is on the topic as far as
/// that weight lies in words of the reference texts. "Treaty", "Khrushchev" and "Korea" carry a paragraph about the
/// question; "Versailles", "Robespierre" and "appeasement" carry one about something else, even with "Soviet" dropped
/// into it. Common words ("power", "think", "war") say nothing either way and are left out, so a vague but honest
/// paragraph is not mistaken for an off-topic one. Built once per mark scheme; immutable and thread-safe.
/// </summary>
internal sealed class TopicProfile
{
    /// <summary>A lower-case word is specific when its inverse document frequency reaches this (in about 25 of 117,659 background documents or fewer).</summary>
    internal const double SpecificIdf = 8.5;

    /// <summary>A capitalised word opening a sentence is taken for a name when its IDF reaches this (a common word capitalised only by its place is not).</summary>
    internal const double SentenceOpenerNameIdf = 8.0;

    /// <summary>No one word weighs more than this, so a string of rare names cannot swamp a paragraph.</summary>
    private const double MaxWeight = 10.0;

    private readonly HashSet<ulong> _referenceStems;
    private readonly HashSet<ulong> _questionStems;
    private readonly WordSpecificityTable _specificity;
    private readonly float _unknownIdf;

    private TopicProfile(HashSet<ulong> referenceStems, HashSet<ulong> questionStems)
    {
        _referenceStems = referenceStems;
        _questionStems = questionStems;
        _specificity = WordSpecificityTable.English;
        _unknownIdf = (float)Math.Min(MaxWeight, _specificity.UnknownIdf);
    }

    /// <summary>
    /// A question needs at least this many distinct content words in its reference texts (about a paragraph of a model
    /// essay or answer key) before paragraphs are judged against them: a question and a few subject terms alone are too
    /// thin, and honest answers would fall outside them. (The subject-word check in <see cref="Checks.IntegrityCheck"/> still runs.)
    /// </summary>
    internal const int MinReferenceWords = 60;

    /// <summary>Whether the question's reference texts are rich enough to judge topicality by (<see cref="MinReferenceWords"/>).</summary>
    public bool IsEmpty => _referenceStems.Count < MinReferenceWords;

    public static TopicProfile Build(Rubric rubric, AnswerKey answerKey, string? modelEssay, IReadOnlyList<string> exemplars)
    {
        var texts = new List<string> { rubric.Question };
        texts.AddRange(rubric.Subject?.Terms ?? []);
        texts.AddRange(rubric.KeyConcept.Terms);
        texts.AddRange(rubric.TopicTerms);
        if (modelEssay is not null)
        {
            texts.Add(modelEssay);
        }

        texts.AddRange(exemplars);
        texts.AddRange(answerKey.KeyPoints.Select(k => k.Text));
        foreach (var timelineEvent in answerKey.Timeline)
        {
            texts.Add(timelineEvent.Event);
            texts.AddRange(timelineEvent.Terms);
        }

        foreach (var entry in answerKey.Gazetteer)
        {
            texts.Add(entry.Name);
            texts.AddRange(entry.Variants);
        }

        foreach (var factor in answerKey.AlternativeFactors)
        {
            texts.Add(factor.Name);
            texts.AddRange(factor.Terms);
        }

        return new TopicProfile(StemsOf(texts), StemsOf([rubric.Question]));
    }

    private static HashSet<ulong> StemsOf(IEnumerable<string> texts)
    {
        var stems = new HashSet<ulong>();
        foreach (var text in texts)
        {
            var position = 0;
            while (WordPreTokenizer.Next(text, ref position, out var offset, out var length))
            {
                var word = text.AsSpan(offset, length);
                if (IsContentWord(word))
                {
                    stems.Add(LightStemmer.StemHash(word));
                }
            }
        }

        return stems;
    }

    /// <summary>
    /// Looks up every word of <paramref name="document"/> once (<see cref="TopicWords"/>): whether it is a content word,
    /// its stem and weight, whether it is specific, and whether the reference texts or the question hold it.
    /// </summary>
    public TopicWords WordsOf(EssayDocument document, bool[] isFrameWord)
    {
        var tokens = document.Tokens;
        var stems = new ulong[tokens.Length];
        var weights = new float[tokens.Length];
        var flags = new TopicWords.WordFlags[tokens.Length];
        var text = document.Text;
        var hashes = document.WordHashes;
        var memo = WordHashMemo<TopicWord>.ForCurrentThread(this);
        foreach (var sentence in document.Sentences)
        {
            var opener = true;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                var atOpening = opener;
                opener = false;
                if (token.WordId >= 0 && isFrameWord[token.WordId])
                {
                    continue;
                }

                if (!memo.TryGet(hashes[i], out var word))
                {
                    word = Describe(document.Slice(token.Span));
                    memo.Add(hashes[i], word);
                }

                if (!word.IsContent)
                {
                    continue;
                }

                var capitalised = char.IsUpper(text[token.Start]);
                var specific = capitalised
                    ? !atOpening || !word.IsKnown || word.Idf >= SentenceOpenerNameIdf
                    : word.IsKnown && word.Idf >= SpecificIdf;
                stems[i] = word.Stem;
                weights[i] = (float)Math.Min(MaxWeight, word.IsKnown ? word.Idf : _unknownIdf);
                flags[i] = TopicWords.WordFlags.Content
                    | (specific ? TopicWords.WordFlags.Specific : 0)
                    | (word.InReference ? TopicWords.WordFlags.InReference : 0)
                    | (word.InQuestion ? TopicWords.WordFlags.InQuestion : 0);
            }
        }

        return new TopicWords(stems, weights, flags);
    }

    /// <summary>What this profile makes of <paramref name="word"/> wherever it stands.</summary>
    private TopicWord Describe(ReadOnlySpan<char> word)
    {
        if (!IsContentWord(word))
        {
            return default;
        }

        var stem = LightStemmer.StemHash(word);
        var known = _specificity.TryGetIdf(stem, out var idf);
        return new TopicWord(stem, idf, true, known, _referenceStems.Contains(stem), _questionStems.Contains(stem));
    }

    /// <summary>
    /// The share of the weight of a paragraph's specific words that lies in words of the question's reference texts
    /// (0–1), and that weight in all (<paramref name="weight"/>): how far the paragraph is about the question. When the
    /// paragraph has no specific words the share is 1: a vague paragraph is weak, not off the topic.
    /// </summary>
    public static double Topicality(EssayDocument document, TopicWords words, Paragraph paragraph, out double weight) =>
        Topicality(document, words, paragraph, out weight, out _);

    /// <summary>
    /// As <see cref="Topicality(EssayDocument, TopicWords, Paragraph, out double)"/>, counting the words of
    /// <paramref name="alsoOnTopic"/> (specific words the essay's own on-topic paragraphs use) as on the topic too.
    /// </summary>
    public static double Topicality(EssayDocument document, TopicWords words, Paragraph paragraph, HashSet<ulong> alsoOnTopic)
    {
        var weight = 0.0;
        var onTopic = 0.0;
        var (first, end) = document.TokenRange(paragraph);
        words.Weigh(first, end, ref weight, ref onTopic, alsoOnTopic: alsoOnTopic);
        return weight == 0 ? 1 : onTopic / weight;
    }

    /// <summary>Adds to <paramref name="stems"/> the specific words of a paragraph that the reference texts do not hold.</summary>
    public static void AddSpecificWordsBeyondReference(EssayDocument document, TopicWords words, Paragraph paragraph, HashSet<ulong> stems)
    {
        var weight = 0.0;
        var onTopic = 0.0;
        var (first, end) = document.TokenRange(paragraph);
        words.Weigh(first, end, ref weight, ref onTopic, collectBeyondReference: stems);
    }

    /// <summary>
    /// As <see cref="Topicality(EssayDocument, TopicWords, Paragraph, out double)"/>, and the same share over <em>all</em> the
    /// paragraph's content words (<paramref name="vocabularyShare"/>, weighed by rarity as well): an answer in plain
    /// words ("germs", "white blood cells") to a question whose model essay is technical has few specific words in the
    /// reference but most of its vocabulary there, while another topic has neither.
    /// </summary>
    public static double Topicality(EssayDocument document, TopicWords words, Paragraph paragraph, out double weight, out double vocabularyShare)
    {
        weight = 0;
        var onTopic = 0.0;
        var all = new WordWeights();
        var (first, end) = document.TokenRange(paragraph);
        words.Weigh(first, end, ref weight, ref onTopic, all: all);
        vocabularyShare = all.Weight == 0 ? 1 : all.OnTopic / all.Weight;
        return weight == 0 ? 1 : onTopic / weight;
    }

    /// <summary>How many specific words (names and words rare in general English) a sentence holds, on the topic or not.</summary>
    public static int SpecificWords(TopicWords words, Sentence sentence)
    {
        var weight = 0.0;
        var onTopic = 0.0;
        return words.Weigh(sentence.FirstToken, sentence.EndToken, ref weight, ref onTopic);
    }

    /// <summary>How many specific words a sentence holds besides the question's own ("Soviet Union" and "PRC" restated are not new).</summary>
    public static int SpecificWordsBeyondQuestion(TopicWords words, Sentence sentence)
    {
        var weight = 0.0;
        var onTopic = 0.0;
        return words.Weigh(sentence.FirstToken, sentence.EndToken, ref weight, ref onTopic, beyondQuestion: true);
    }

    /// <summary>The weight of every content word of a passage, and of those in the reference texts.</summary>
    internal sealed class WordWeights
    {
        public double Weight { get; set; }

        public double OnTopic { get; set; }
    }

    /// <summary>Words of three letters or more that are not stop words.</summary>
    private static bool IsContentWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsLetter(word[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, SimilarityTokenizer.MaxTokenLength)];
        for (var i = 0; i < lower.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(word[i]);
        }

        return !SimilarityStopWords.Contains(lower);
    }
}
