using Grader.Text;
using Entry = (int Count, int Paragraphs, Grader.Drafting.ModelEssayReading Reading, Grader.Text.TextSpan First);

namespace Grader.Drafting;

/// <summary>
/// The words of the model essays' prose as the engine's phrase matching sees them (lower case, as written): how often
/// each is used, in how many paragraphs, and where first. Drafted terms are taken from here, so every term occurs in
/// the model essays.
/// </summary>
internal sealed class ModelVocabulary
{
    private readonly Dictionary<string, Entry> _words;

    private ModelVocabulary(Dictionary<string, Entry> words, int paragraphs)
    {
        _words = words;
        ParagraphCount = paragraphs;
    }

    public int ParagraphCount { get; }

    public IEnumerable<string> Words => _words.Keys;

    public static ModelVocabulary Build(IReadOnlyList<ModelEssayReading> readings)
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var paragraphs = 0;
        foreach (var reading in readings)
        {
            foreach (var paragraph in reading.Document.Paragraphs)
            {
                paragraphs++;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var t = reading.Document.Sentences[paragraph.FirstSentence].FirstToken; t < reading.Document.Sentences[paragraph.EndSentence - 1].EndToken; t++)
                {
                    var token = reading.Document.Tokens[t];
                    if (token.Kind != TokenKind.Word)
                    {
                        continue;
                    }

                    var word = reading.Text.Substring(token.Start, token.Span.Length).ToLowerInvariant();
                    var entry = words.TryGetValue(word, out var found) ? found : new Entry(0, 0, reading, token.Span);
                    words[word] = (entry.Count + 1, entry.Paragraphs + (seen.Add(word) ? 1 : 0), entry.Reading, entry.First);
                }
            }
        }

        return new ModelVocabulary(words, paragraphs);
    }

    public int Count(string word) => _words.TryGetValue(word, out var entry) ? entry.Count : 0;

    public int Paragraphs(string word) => _words.TryGetValue(word, out var entry) ? entry.Paragraphs : 0;

    public bool Contains(string word) => _words.ContainsKey(word);

    /// <summary>Where <paramref name="word"/> is first used.</summary>
    public DraftOrigin Origin(string section, string word, string note) =>
        _words.TryGetValue(word, out var entry) ? entry.Reading.Origin(section, word, entry.First, note) : DraftOrigin.Unplaced(section, word, note);

    /// <summary>The forms of <paramref name="word"/> the essays use ("vaccine", "vaccines", "vaccinated", "vaccination"), most used first.</summary>
    public IReadOnlyList<string> FormsOf(string word) =>
        _words.Keys.Where(w => DraftWords.SameWord(w, word)).OrderByDescending(Count).ThenBy(w => w, StringComparer.Ordinal).ToArray();

    /// <summary>Content words by how much they say about the essays' topic: uses × specificity in general English.</summary>
    public IEnumerable<(string Word, double Score)> Salient(int minimumCount) =>
        _words.Where(p => p.Value.Count >= minimumCount && DraftWords.IsContent(p.Key))
            .Select(p => (Word: p.Key, Score: (1 + Math.Log(p.Value.Count)) * DraftWords.Specificity(p.Key)))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Word, StringComparer.Ordinal);
}
