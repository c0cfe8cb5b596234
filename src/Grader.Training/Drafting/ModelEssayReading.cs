using Grader.Text;

namespace Grader.Drafting;

/// <summary>
/// A model essay as the drafter reads it: analysed by the engine's own analyser (blocks, prose paragraphs, sentences,
/// dates, all with spans), with the line of every character so drafted items can cite where they came from.
/// </summary>
internal sealed class ModelEssayReading
{
    private static readonly EssayAnalyzer Analyzer = new(Lexicon.Build([]), PhraseSet.Compile(Lexicon.Build([]), []));

    private readonly int[] _lineStarts;

    private ModelEssayReading(DraftSource source, EssayDocument document, int[] lineStarts)
    {
        Source = source;
        Document = document;
        _lineStarts = lineStarts;
    }

    public DraftSource Source { get; }

    public EssayDocument Document { get; }

    public string Text => Source.Text;

    public static ModelEssayReading Read(DraftSource source)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Text.Length; i++)
        {
            if (source.Text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return new ModelEssayReading(source, Analyzer.Analyze(source.Text), starts.ToArray());
    }

    /// <summary>The 1-based line of the character at <paramref name="index"/>.</summary>
    public int LineOf(int index)
    {
        var found = Array.BinarySearch(_lineStarts, index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    /// <summary>Where an item drafted from <paramref name="span"/> came from.</summary>
    public DraftOrigin Origin(string section, string item, TextSpan span, string note) =>
        new(section, item, Source.Name, LineOf(span.Start), LineOf(Math.Max(span.Start, span.End - 1)), span.Start, span.End, note);

    /// <summary>The text of <paramref name="span"/> with every run of white space made one space.</summary>
    public string Quote(TextSpan span) => OneLine(Text.Substring(span.Start, span.Length));

    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The span of sentences <paramref name="first"/> up to (not including) <paramref name="end"/>.</summary>
    public TextSpan SpanOfSentences(int first, int end) => TextSpan.FromBounds(Document.Sentences[first].Span.Start, Document.Sentences[end - 1].Span.End);

    /// <summary>The sentence that holds the character at <paramref name="index"/>, or -1.</summary>
    public int SentenceAt(int index)
    {
        var sentences = Document.Sentences;
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (index < sentences[middle].Span.Start)
            {
                high = middle - 1;
            }
            else if (index >= sentences[middle].Span.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>The prose paragraphs that carry the content: all of them, less the introduction and conclusion when there are four or more.</summary>
    public IEnumerable<Paragraph> BodyParagraphs()
    {
        var paragraphs = Document.Paragraphs;
        return paragraphs.Count >= 4 ? paragraphs.Skip(1).Take(paragraphs.Count - 2) : paragraphs;
    }
}
