using System.Globalization;
using Grader.Checks;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// Finds lists written where prose should be: runs of names, dates and keywords with hardly a function word ("Stalin,
/// Mao, 1950, Korean War, Five-Year Plan, 156 projects"), inside an essay as well as making up a whole one. A list earns
/// nothing and never counts towards the length guide; when lists are a large share of the essay it goes to review with
/// <see cref="FlagCodes.KeywordList"/>.
/// </summary>
internal sealed class ListScreen : IEssayScreen
{
    /// <summary>A stretch of at least this many words with almost no function words is a list, not a sentence.</summary>
    private const int MinListWords = 4;

    /// <summary>A list without separators ("1949 PRC founded 1950 treaty signed 1953 plan") has this many words or more…</summary>
    private const int MinBareListWords = 8;

    /// <summary>…and at most this share of frame words (function and argument words): hardly any.</summary>
    private const double BareListFrameShare = 0.05;

    /// <summary>At most this share of frame words in a list of items between commas or semicolons.</summary>
    private const double SeparatedListFrameShare = 0.2;

    /// <summary>
    /// In a list between separators, at least this share of the items hold a name or a number ("Zhou Enlai, 1953, Korean
    /// War"), or the last item is not joined by "and"/"or": an honest enumeration of common nouns ("lorries, tractors,
    /// turbines and machine tools") is a sentence.
    /// </summary>
    private const double SpecificItemShare = 0.6;

    /// <summary>Items between separators are this many words or fewer, on average, in a list.</summary>
    private const double MaxItemWords = 5;

    /// <summary>Lists making up this share of the prose (or <see cref="FlaggedWords"/> words) send the essay to review.</summary>
    private const double FlaggedShare = 0.2;

    private const int FlaggedWords = 50;

    /// <summary>At least this many short lines or bullets in a row, after the prose has begun, make a list.</summary>
    private const int MinListLines = 3;

    /// <summary>Lines of a list typed one item a line hold this many words or fewer on average (a wrapped paragraph's lines hold ten or more)…</summary>
    private const double MaxLineWords = 6;

    /// <summary>…and at most this share of frame words (names such as "Treaty of Friendship" bring a few).</summary>
    private const double LineListFrameShare = 0.3;

    public void Screen(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        if (facts.Language.IsNotEnglish)
        {
            // Another language's prose has few English function words too; it is flagged as not English instead.
            return;
        }

        var frameWords = resources.Vocabulary.IsFrameWord;
        var listWords = 0;
        var lists = 0;
        TextSpan? example = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Paragraph < 0 || sentence.WordCount < MinListWords || board.IsExcluded(sentence.Span))
            {
                continue;
            }

            if (!IsList(document, sentence, frameWords))
            {
                continue;
            }

            board.Exclude(sentence.Span, ExclusionKind.List, "A list of names, dates or keywords, not a sentence: lists earn nothing.");
            listWords += sentence.WordCount;
            lists++;
            example ??= sentence.Span;
        }

        foreach (var run in ListLinesAfterProse(document))
        {
            var words = 0;
            foreach (var block in run)
            {
                words += BlockSplitter.CountWords(document.Slice(block.Span));
                board.Exclude(block.Span, ExclusionKind.List, "A line of a list (names, dates or notes after the essay has begun), not prose: lists earn nothing.");
            }

            listWords += words;
            lists++;
            example ??= run[0].Span;
        }

        if (lists > 0 && (listWords >= FlaggedWords || listWords >= FlaggedShare * document.ProseWordCount))
        {
            board.Flag(
                FlagCodes.KeywordList,
                FlagKind.Advisory,
                string.Create(CultureInfo.InvariantCulture, $"{listWords} of the {document.ProseWordCount} words of prose are lists of names, dates or keywords ({lists} of them), not sentences: they earned nothing and do not count towards the length."),
                example);
        }
    }

    /// <summary>
    /// Runs of at least <see cref="MinListLines"/> short lines or bullets (heading or plan blocks) after the essay's prose
    /// has begun: a list written into or after the essay. (Before the prose they are a plan; one short line between
    /// paragraphs is a heading.)
    /// </summary>
    private static IEnumerable<List<Block>> ListLinesAfterProse(EssayDocument document)
    {
        var seenProse = false;
        var run = new List<Block>();
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Prose)
            {
                if (run.Count >= MinListLines)
                {
                    yield return run;
                }

                run = new List<Block>();
                seenProse = true;
            }
            else if (seenProse && block.Kind is BlockKind.Heading or BlockKind.Plan)
            {
                run.Add(block);
            }
        }

        if (run.Count >= MinListLines)
        {
            yield return run;
        }
    }

    /// <summary>
    /// Whether a sentence is a list: a long run of words with no frame words, short items mostly naming names or dates
    /// between separators (commas, semicolons, slashes), or short lines (a list typed one item a line, which the sentence splitter reads as one
    /// "sentence").
    /// </summary>
    internal static bool IsList(EssayDocument document, Sentence sentence, bool[] isFrameWord)
    {
        var words = 0;
        var frame = 0;
        var separators = 0;
        var lines = 1;
        var items = 1;
        var specificItems = 0;
        var itemIsSpecific = false;
        var lastItemJoined = false;
        var tokens = document.Tokens;
        var text = document.Text;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (i > sentence.FirstToken)
            {
                var gapStart = tokens[i - 1].End;
                lines += text.AsSpan(gapStart, token.Start - gapStart).Count('\n');
            }

            if (token.Kind == TokenKind.Symbol)
            {
                if (text[token.Start] is ',' or ';' or '/' or '|' or '•' or '·')
                {
                    separators++;
                    specificItems += itemIsSpecific ? 1 : 0;
                    itemIsSpecific = false;
                    lastItemJoined = false;
                    items++;
                }

                continue;
            }

            var word = text.AsSpan(token.Start, token.Span.Length);
            lastItemJoined |= word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase);

            itemIsSpecific |= token.Kind == TokenKind.Number || (i > sentence.FirstToken && char.IsUpper(text[token.Start]));
            words++;
            frame += token.WordId >= 0 && isFrameWord[token.WordId] ? 1 : 0;
        }

        if (words < MinListWords)
        {
            return false;
        }

        specificItems += itemIsSpecific ? 1 : 0;
        var share = (double)frame / words;
        return (share <= BareListFrameShare && words >= MinBareListWords)
            || (separators >= 3 && (double)words / (separators + 1) <= MaxItemWords && share <= SeparatedListFrameShare && (specificItems >= SpecificItemShare * items || !lastItemJoined))
            || (lines >= MinListLines + 1 && (double)words / lines <= MaxLineWords && share <= LineListFrameShare);
    }
}
