using Grader.Text;

namespace Grader.Checks;

/// <summary>The content words of the question (its words less function words), to tell when a sentence echoes it.</summary>
internal sealed class QuestionWords
{
    /// <summary>By word id (up to the largest id of a question word): whether the word is one of the question's content words.</summary>
    private readonly bool[] _isQuestionWord;

    public QuestionWords(string question, Lexicon lexicon, PhraseSet functionWords)
    {
        var tokens = EssayTokenizer.Tokenize(question, lexicon);
        var ids = new HashSet<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].WordId >= 0 && !functionWords.TryMatchAt(tokens, i, i + 1, out _))
            {
                ids.Add(tokens[i].WordId);
            }
        }

        Count = ids.Count;
        _isQuestionWord = new bool[ids.Count == 0 ? 0 : ids.Max() + 1];
        foreach (var id in ids)
        {
            _isQuestionWord[id] = true;
        }
    }

    /// <summary>The number of distinct content words in the question.</summary>
    public int Count { get; }

    /// <summary>The share of the question's content words that the tokens hold (0 when the question has none).</summary>
    public double EchoShare(ReadOnlySpan<Token> tokens, int first, int end) => Count == 0 ? 0 : (double)EchoCount(tokens, first, end) / Count;

    /// <summary>How many distinct content words of the question the tokens hold.</summary>
    public int EchoCount(ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (Count == 0)
        {
            return 0;
        }

        var isQuestionWord = _isQuestionWord;
        Span<int> seen = stackalloc int[Math.Min(Count, 64)];
        var found = 0;
        for (var i = first; i < end && found < seen.Length; i++)
        {
            var id = tokens[i].WordId;
            if ((uint)id < (uint)isQuestionWord.Length && isQuestionWord[id] && seen[..found].IndexOf(id) < 0)
            {
                seen[found++] = id;
            }
        }

        return found;
    }
}
