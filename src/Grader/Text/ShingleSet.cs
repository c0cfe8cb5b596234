namespace Grader.Text;

/// <summary>
/// The hashed runs of <see cref="Width"/> consecutive words ("shingles") of part of a document: case-insensitive,
/// punctuation ignored. The repetition check compares an essay's paragraphs by them. (Copies of the model essay are found
/// by <see cref="Checks.CopyFinder"/>, which also sees through changed words.)
/// </summary>
internal static class ShingleSet
{
    public const int Width = 6;

    /// <summary>
    /// Calls <paramref name="action"/> with the hash of every run of <see cref="Width"/> consecutive words among the
    /// document's tokens [<paramref name="first"/>, <paramref name="end"/>), from the word hashes the analyzer made.
    /// Gives the same hashes as reading the same words from text.
    /// </summary>
    public static void ForEach<TState>(EssayDocument document, int first, int end, TState state, Action<TState, ulong> action)
    {
        var window = new Window();
        var tokens = document.Tokens;
        var words = document.WordHashes;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Symbol && window.Push(words[i], out var hash))
            {
                action(state, hash);
            }
        }
    }

    /// <summary>
    /// The last <see cref="Width"/> word hashes, and the hash of them as a run once there are enough. Each word is
    /// written twice, <see cref="Width"/> apart, so the last words always stand in order at one place (no remainders).
    /// </summary>
    private struct Window
    {
        private WindowBuffer _words;
        private int _next;
        private int _filled;

        public bool Push(ulong word, out ulong run)
        {
            _words[_next] = word;
            _words[_next + Width] = word;
            _next = _next == Width - 1 ? 0 : _next + 1;
            run = 0;
            if (_filled < Width)
            {
                _filled++;
                if (_filled < Width)
                {
                    return false;
                }
            }

            // The oldest of the last words is where the next one will go.
            ReadOnlySpan<ulong> words = _words;
            words = words.Slice(_next, Width);
            run = 14695981039346656037UL;
            for (var k = 0; k < Width; k++)
            {
                run = (run ^ words[k]) * 1099511628211UL;
            }

            return true;
        }
    }

    [System.Runtime.CompilerServices.InlineArray(2 * Width)]
    private struct WindowBuffer
    {
        private ulong _element;
    }
}
