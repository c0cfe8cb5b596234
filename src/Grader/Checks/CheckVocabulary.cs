using Grader.Rubrics;
using Grader.Screening;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Every phrase the checks look for, compiled once per mark scheme over one <see cref="Text.Lexicon"/>: the
/// question's own terms (from the rubric and answer key) and the general argument markers. Immutable and thread-safe.
/// </summary>
internal sealed class CheckVocabulary
{
    public const int DegreeLow = 0;
    public const int DegreeMedium = 1;
    public const int DegreeHigh = 2;

    private CheckVocabulary(Lexicon lexicon, Func<IEnumerable<(string, int)>, PhraseSet> compile, Rubric rubric, AnswerKey answerKey)
    {
        Lexicon = lexicon;
        Subject = compile(Single(QuestionSubject.Of(rubric).Terms));
        Gazetteer = compile(answerKey.Gazetteer.SelectMany((entry, i) => entry.Variants.Prepend(entry.Name).Select(v => (v, i))));
        Timeline = compile(answerKey.Timeline.SelectMany((e, i) => e.Terms.Select(t => (t, i))));
        Factors = compile(answerKey.AlternativeFactors.SelectMany((f, i) => f.Terms.Select(t => (t, i))));
        Contrast = compile(Single(ArgumentMarkers.Contrast));
        Degree = compile(ArgumentMarkers.DegreeLow.Select(p => (p, DegreeLow))
            .Concat(ArgumentMarkers.DegreeMedium.Select(p => (p, DegreeMedium)))
            .Concat(ArgumentMarkers.DegreeHigh.Select(p => (p, DegreeHigh))));
        Negation = compile(Single(ArgumentMarkers.Negation));
        Conclusion = compile(Single(ArgumentMarkers.Conclusion));
        QuestionFrame = compile(Single(ArgumentMarkers.EnglishFunctionWords.Concat(ArgumentMarkers.QuestionFrame)));
        Question = new QuestionWords(rubric.Question, lexicon, QuestionFrame);
        QuestionForm = QuestionForms.Of(rubric.Question);
        Cues = compile(CueFlags(rubric));
        LanguageOfWord = LanguageClasses(lexicon);
        GrammarClassOfWord = GrammarClasses(lexicon);
        IsFrameWord = FrameWords(lexicon);
        SkeletonSymbolOfWord = SkeletonSymbols(lexicon, IsFrameWord);
        MarkerAddress = compile(MarkerAddressWords.All());
        Summary = compile(Single(ArgumentMarkers.Summary));
        Sequence = compile(ArgumentMarkers.Sequence.Select(s => (s.Phrase, s.Step)));
        Dependent = compile(Single(ArgumentMarkers.Dependent));
        Misconceptions = MisconceptionPhrases.Compile(lexicon, answerKey.Misconceptions);
    }

    public Lexicon Lexicon { get; }

    /// <summary>What kind of answer the question asks for (read from its wording once).</summary>
    public QuestionForm QuestionForm { get; }

    public PhraseSet Subject { get; }

    /// <summary>Values are indexes into the answer key's gazetteer.</summary>
    public PhraseSet Gazetteer { get; }

    /// <summary>Values are indexes into the answer key's timeline.</summary>
    public PhraseSet Timeline { get; }

    /// <summary>Values are indexes into the answer key's alternative factors.</summary>
    public PhraseSet Factors { get; }

    public PhraseSet Contrast { get; }

    /// <summary>Values are <see cref="DegreeLow"/>, <see cref="DegreeMedium"/> or <see cref="DegreeHigh"/>.</summary>
    public PhraseSet Degree { get; }

    public PhraseSet Negation { get; }

    public PhraseSet Conclusion { get; }

    public MisconceptionPhrases Misconceptions { get; }

    /// <summary>
    /// By lexicon id: <see cref="EnglishFunctionWord"/> for English function words, <see cref="ForeignFunctionWord"/>
    /// for other languages' (a word in both lists counts as English), 0 otherwise.
    /// </summary>
    public byte[] LanguageOfWord { get; }

    /// <summary>By lexicon id: the word's <see cref="GrammarWords"/> class, or <see cref="GrammarWords.None"/>.</summary>
    public byte[] GrammarClassOfWord { get; }

    /// <summary>
    /// By lexicon id: whether the word belongs to the frame of a sentence rather than its content — function words,
    /// argument markers, degree words and question-frame words. What is left when they are taken away is what a
    /// sentence is about; the frame alone is its skeleton.
    /// </summary>
    public bool[] IsFrameWord { get; }

    /// <summary>Openers only a concluding paragraph uses ("In conclusion").</summary>
    public PhraseSet Summary { get; }

    /// <summary>Openers that count steps; values are the step ("Secondly" 2, "Finally" <see cref="ArgumentMarkers.LastStep"/>).</summary>
    public PhraseSet Sequence { get; }

    /// <summary>Openers that lean on an earlier sentence ("This", "However", "Therefore").</summary>
    public PhraseSet Dependent { get; }

    /// <summary>
    /// By lexicon id: the symbol a word stands for in a sentence's skeleton (<see cref="Screening.RepetitionScreen"/>):
    /// -1 for content words (they fill slots), one shared symbol for every degree word ("crucial", "vital", "limited":
    /// a template swaps them freely), the word's own id for other frame words.
    /// </summary>
    public int[] SkeletonSymbolOfWord { get; }

    /// <summary>Words that speak to the marker; values are <see cref="MarkerAddressWords"/> kinds (flags).</summary>
    public PhraseSet MarkerAddress { get; }

    public const byte EnglishFunctionWord = 1;
    public const byte ForeignFunctionWord = 2;

    /// <summary>Every cue phrase at once, valued by the <see cref="SentenceCues"/> flags it signals (see <see cref="PhraseSet.CollectFlags"/>).</summary>
    public PhraseSet Cues { get; }

    /// <summary>Function words and question-frame words ("how far would you agree"): not content.</summary>
    public PhraseSet QuestionFrame { get; }

    /// <summary>The question's content words.</summary>
    public QuestionWords Question { get; }

    public static CheckVocabulary Build(Rubric rubric, AnswerKey answerKey)
    {
        var texts = new List<string> { rubric.Question };
        texts.AddRange(QuestionSubject.Of(rubric).Terms);
        texts.AddRange(rubric.KeyConcept.Terms);
        texts.AddRange(rubric.TopicTerms);
        foreach (var entry in answerKey.Gazetteer)
        {
            texts.Add(entry.Name);
            texts.AddRange(entry.Variants);
        }

        texts.AddRange(answerKey.Timeline.SelectMany(e => e.Terms));
        texts.AddRange(answerKey.AlternativeFactors.SelectMany(f => f.Terms));
        foreach (var misconception in answerKey.Misconceptions)
        {
            texts.AddRange(misconception.AllOf.SelectMany(g => g));
            texts.AddRange(misconception.NoneOf);
        }

        texts.AddRange(ArgumentMarkers.Contrast);
        texts.AddRange(ArgumentMarkers.Concession);
        texts.AddRange(ArgumentMarkers.Explanation);
        texts.AddRange(ArgumentMarkers.Comparison);
        texts.AddRange(ArgumentMarkers.Evaluation);
        texts.AddRange(ArgumentMarkers.DegreeHigh);
        texts.AddRange(ArgumentMarkers.DegreeMedium);
        texts.AddRange(ArgumentMarkers.DegreeLow);
        texts.AddRange(ArgumentMarkers.Negation);
        texts.AddRange(ArgumentMarkers.Thesis);
        texts.AddRange(ArgumentMarkers.Conclusion);
        texts.AddRange(ArgumentMarkers.Link);
        texts.AddRange(ArgumentMarkers.TimeQualifier);
        texts.AddRange(ArgumentMarkers.EnglishFunctionWords);
        texts.AddRange(ArgumentMarkers.ForeignFunctionWords);
        texts.AddRange(ArgumentMarkers.QuestionFrame);
        texts.AddRange(GrammarWords.All().Select(w => w.Word));
        texts.AddRange(ArgumentMarkers.Summary);
        texts.AddRange(ArgumentMarkers.Sequence.Select(s => s.Phrase));
        texts.AddRange(ArgumentMarkers.Dependent);
        texts.AddRange(MarkerAddressWords.Words());
        var lexicon = Lexicon.Build(texts);
        return new CheckVocabulary(lexicon, phrases => PhraseSet.Compile(lexicon, phrases), rubric, answerKey);
    }

    private static byte[] LanguageClasses(Lexicon lexicon)
    {
        var classes = new byte[lexicon.Count];
        foreach (var word in ArgumentMarkers.ForeignFunctionWords)
        {
            classes[lexicon.Lookup(word)] = ForeignFunctionWord;
        }

        foreach (var word in ArgumentMarkers.EnglishFunctionWords)
        {
            classes[lexicon.Lookup(word)] = EnglishFunctionWord;
        }

        return classes;
    }

    private static byte[] GrammarClasses(Lexicon lexicon)
    {
        var classes = new byte[lexicon.Count];
        foreach (var (word, grammarClass) in GrammarWords.All())
        {
            var id = lexicon.Lookup(word);
            if (classes[id] == GrammarWords.None)
            {
                classes[id] = grammarClass;
            }
        }

        return classes;
    }

    private static int[] SkeletonSymbols(Lexicon lexicon, bool[] isFrameWord)
    {
        var symbols = new int[lexicon.Count];
        for (var id = 0; id < symbols.Length; id++)
        {
            symbols[id] = isFrameWord[id] ? id : -1;
        }

        var degree = lexicon.Count;
        foreach (var phrase in ArgumentMarkers.DegreeHigh.Concat(ArgumentMarkers.DegreeMedium).Concat(ArgumentMarkers.DegreeLow))
        {
            var position = 0;
            while (WordPreTokenizer.Next(phrase, ref position, out var offset, out var length))
            {
                var id = lexicon.Lookup(phrase.AsSpan(offset, length));
                if (id >= 0 && !ArgumentMarkers.EnglishFunctionWords.Contains(phrase.Substring(offset, length), StringComparer.OrdinalIgnoreCase))
                {
                    symbols[id] = degree;
                }
            }
        }

        return symbols;
    }

    private static bool[] FrameWords(Lexicon lexicon)
    {
        var frame = new bool[lexicon.Count];
        var lists = new[]
        {
            ArgumentMarkers.EnglishFunctionWords, ArgumentMarkers.QuestionFrame, ArgumentMarkers.Contrast, ArgumentMarkers.Concession,
            ArgumentMarkers.Explanation, ArgumentMarkers.Evaluation, ArgumentMarkers.DegreeHigh, ArgumentMarkers.DegreeMedium,
            ArgumentMarkers.DegreeLow, ArgumentMarkers.Negation, ArgumentMarkers.Thesis, ArgumentMarkers.Conclusion,
            ArgumentMarkers.Link, ArgumentMarkers.TimeQualifier, GrammarWords.All().Select(w => w.Word).ToArray(),
        };
        foreach (var list in lists)
        {
            foreach (var phrase in list)
            {
                var position = 0;
                while (WordPreTokenizer.Next(phrase, ref position, out var offset, out var length))
                {
                    var id = lexicon.Lookup(phrase.AsSpan(offset, length));
                    if (id >= 0)
                    {
                        frame[id] = true;
                    }
                }
            }
        }

        return frame;
    }

    /// <summary>Each cue phrase with the OR of the <see cref="SentenceCues"/> of every list it is in.</summary>
    private static IEnumerable<(string, int)> CueFlags(Rubric rubric)
    {
        var flags = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> phrases, SentenceCues cue)
        {
            foreach (var phrase in phrases)
            {
                flags[phrase] = (flags.TryGetValue(phrase, out var existing) ? existing : 0) | (int)cue;
            }
        }

        Add(ArgumentMarkers.Concession, SentenceCues.Concession);
        Add(ArgumentMarkers.Explanation, SentenceCues.Explanation);
        Add(ArgumentMarkers.Evaluation, SentenceCues.Evaluation);
        Add(ArgumentMarkers.Comparison, SentenceCues.Comparison);
        Add(ArgumentMarkers.Thesis, SentenceCues.Thesis);
        Add(ArgumentMarkers.Conclusion, SentenceCues.Conclusion);
        Add(ArgumentMarkers.Link, SentenceCues.Link);
        Add(ArgumentMarkers.TimeQualifier, SentenceCues.TimeQualifier);
        Add(QuestionSubject.Of(rubric).Terms, SentenceCues.Subject);
        Add(rubric.KeyConcept.Terms, SentenceCues.KeyConcept);
        Add(rubric.TopicTerms, SentenceCues.Topic);
        return flags.Select(pair => (pair.Key, pair.Value));
    }

    private static IEnumerable<(string, int)> Single(IEnumerable<string> phrases) => phrases.Select(p => (p, 0));
}
