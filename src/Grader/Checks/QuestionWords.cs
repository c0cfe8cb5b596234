using Grader.Text;

namespace Grader.Checks;

/// <summary>The content words of the question (its words less function words), to tell when a sentence echoes it.</summary>
internal sealed class QuestionWords
{
    private readonly HashSet<int> _ids;

    public QuestionWords(string question, Lexicon lexicon, PhraseSet functionWords)
    {
        var tokens = EssayTokenizer.Tokenize(question, lexicon);
        _ids = new HashSet<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].WordId >= 0 && !functionWords.TryMatchAt(tokens, i, i + 1, out _))
            {
                _ids.Add(tokens[i].WordId);
            }
        }
    }

    public int Count => _ids.Count;

    /// <summary>The share of the question's content words that the tokens hold (0 when the question has none).</summary>
    public double EchoShare(ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (_ids.Count == 0)
        {
            return 0;
        }

        Span<int> seen = stackalloc int[Math.Min(_ids.Count, 64)];
        var found = 0;
        for (var i = first; i < end && found < seen.Length; i++)
        {
            var id = tokens[i].WordId;
            if (id >= 0 && _ids.Contains(id) && seen[..found].IndexOf(id) < 0)
            {
                seen[found++] = id;
            }
        }

        return (double)found / _ids.Count;
    }
}
