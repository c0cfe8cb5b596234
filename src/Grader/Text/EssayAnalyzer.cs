namespace Grader.Text;

/// <summary>
/// Turns essay text into an <see cref="EssayDocument"/>: blocks, sentences, tokens, years and dates, sums of money,
/// counts and gazetteer entities, all with character spans. Immutable and thread-safe.
/// </summary>
/// <param name="lexicon">The question's terms.</param>
/// <param name="gazetteer">The answer key's named entities.</param>
/// <param name="wholeIsProse">
/// True for short answers: the whole response is one paragraph of prose (<see cref="BlockSplitter.SplitWhole"/>);
/// false for essays, whose files may hold a title, the question and plan notes (<see cref="BlockSplitter.Split"/>).
/// </param>
internal sealed class EssayAnalyzer(Lexicon lexicon, PhraseSet gazetteer, bool wholeIsProse = false)
{
    public EssayDocument Analyze(string text) => Analyze(text, wholeIsProse ? BlockSplitter.SplitWhole(text) : BlockSplitter.Split(text));

    /// <summary>Analyses <paramref name="text"/> as one paragraph of prose, whatever its lines look like (<see cref="BlockSplitter.SplitWhole"/>).</summary>
    public EssayDocument AnalyzeAsProse(string text) => Analyze(text, BlockSplitter.SplitWhole(text));

    /// <summary>
    /// Analyses <paramref name="document"/> again without the text in <paramref name="excluded"/>, which earns nothing:
    /// those characters become spaces (line breaks stay), so every span keeps its place and the blocks keep the shape
    /// they had, while no sentence, word, date or name inside an excluded span is seen. A block left without words is
    /// no paragraph.
    /// </summary>
    public EssayDocument AnalyzeExcluding(EssayDocument document, IReadOnlyList<TextSpan> excluded)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(excluded);
        if (excluded.Count == 0)
        {
            return document;
        }

        var blanked = string.Create(document.Text.Length, (Text: document.Text, Excluded: excluded), static (chars, state) =>
        {
            state.Text.AsSpan().CopyTo(chars);
            foreach (var span in state.Excluded)
            {
                foreach (ref var c in chars.Slice(span.Start, span.Length))
                {
                    if (c is not ('\n' or '\r'))
                    {
                        c = ' ';
                    }
                }
            }
        });
        return Analyze(blanked, document.Blocks);
    }

    private EssayDocument Analyze(string text, IReadOnlyList<Block> blocks)
    {
        var tokens = EssayTokenizer.Tokenize(text, lexicon, out var wordHashes);
        var sentences = new List<Sentence>(tokens.Length / 18 + 4);
        var paragraphs = new List<Paragraph>();
        var temporal = new List<TemporalMention>();
        var money = new List<MoneyMention>();
        var counts = new List<CountMention>();
        var entities = new List<EntityMention>();
        var matches = new List<PhraseMatch>();
        var ranges = new List<(int First, int End)>();
        var proseWords = 0;
        var allWords = 0;
        var tokenIndex = 0;

        foreach (var block in blocks)
        {
            while (tokenIndex < tokens.Length && tokens[tokenIndex].Start < block.Span.Start)
            {
                tokenIndex++;
            }

            var blockFirst = tokenIndex;
            while (tokenIndex < tokens.Length && tokens[tokenIndex].Start < block.Span.End)
            {
                tokenIndex++;
            }

            ranges.Clear();
            SentenceSplitter.Split(text, tokens, blockFirst, tokenIndex, ranges);
            var prose = block.Kind == BlockKind.Prose;
            var paragraphIndex = prose ? paragraphs.Count : -1;
            var firstSentence = sentences.Count;
            var paragraphWords = 0;
            foreach (var (first, end) in ranges)
            {
                var words = CountWords(tokens, first, end);
                var span = TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
                sentences.Add(new Sentence(span, first, end, paragraphIndex, words));
                paragraphWords += words;
                allWords += words;
                TemporalQuantityExtractor.Extract(text, tokens, first, end, temporal, money, counts, wordHashes);
                matches.Clear();
                gazetteer.FindAll(tokens, first, end, matches);
                foreach (var match in matches)
                {
                    entities.Add(new EntityMention(match.Span, match.Value, match.FirstToken, match.LastToken));
                }
            }

            if (prose && sentences.Count > firstSentence)
            {
                paragraphs.Add(new Paragraph(paragraphIndex, block.Span, firstSentence, sentences.Count, paragraphWords));
                proseWords += paragraphWords;
            }
        }

        return new EssayDocument
        {
            Text = text,
            Tokens = tokens,
            Blocks = blocks,
            Sentences = sentences,
            Paragraphs = paragraphs,
            Temporal = temporal,
            Money = money,
            Counts = counts,
            Entities = entities,
            ProseWordCount = proseWords,
            WordCount = allWords,
            WordHashes = wordHashes,
        };
    }

    /// <summary>Words as a reader counts them: runs of non-space characters holding a letter or digit ("Stalin’s" is one).</summary>
    private static int CountWords(ReadOnlySpan<Token> tokens, int first, int end)
    {
        var words = 0;
        var chainHasWord = false;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (i == first || tokens[i - 1].End != token.Start)
            {
                chainHasWord = false;
            }

            if (token.Kind != TokenKind.Symbol && !chainHasWord)
            {
                words++;
                chainHasWord = true;
            }
        }

        return words;
    }
}
