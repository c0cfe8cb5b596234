using System.Collections.Frozen;

namespace Grader.Text;

/// <summary>
/// The words a mark scheme cares about (its phrases, the argument markers, function words), each with a small
/// integer id, looked up case-insensitively without allocating. Built once per mark scheme; immutable and
/// thread-safe afterwards.
/// </summary>
internal sealed class Lexicon
{
    public const int Unknown = -1;

    private readonly FrozenDictionary<string, int> _ids;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly AsciiWordTable _asciiWords;

    private Lexicon(FrozenDictionary<string, int> ids)
    {
        _ids = ids;
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _asciiWords = new AsciiWordTable(AsciiForms(ids));
    }

    public int Count => _ids.Count;

    /// <summary>The id of <paramref name="word"/>, or <see cref="Unknown"/>.</summary>
    public int Lookup(ReadOnlySpan<char> word)
    {
        var hash = WordHash.Of(word, out var ascii);
        return Lookup(word, hash, ascii);
    }

    /// <summary>
    /// The id of <paramref name="word"/>, or <see cref="Unknown"/>, given its <see cref="WordHash"/> and whether it is
    /// all ASCII (as the tokenizer knows them): an ASCII word is found in one probe of the ASCII table.
    /// </summary>
    public int Lookup(ReadOnlySpan<char> word, ulong hash, bool ascii) =>
        ascii ? _asciiWords.Find(word, hash) : _lookup.TryGetValue(word, out var id) ? id : Unknown;

    /// <summary>Builds a lexicon from every token of every text given.</summary>
    public static Lexicon Build(IEnumerable<string> texts)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            var position = 0;
            while (WordPreTokenizer.Next(text, ref position, out var offset, out var length))
            {
                var word = text.Substring(offset, length);
                if (!ids.ContainsKey(word))
                {
                    ids.Add(word, ids.Count);
                }
            }
        }

        return new Lexicon(ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// For each word that some all-ASCII token equals ignoring case, that ASCII form with the word's id: the ASCII words
    /// themselves, and any other word whose characters all upper-case to ASCII ("ſ" to "S") and that equals its
    /// upper-cased form under the lexicon's own comparer.
    /// </summary>
    private static List<(string Word, int Id)> AsciiForms(FrozenDictionary<string, int> ids)
    {
        var forms = new List<(string Word, int Id)>(ids.Count);
        foreach (var (word, id) in ids)
        {
            if (System.Text.Ascii.IsValid(word))
            {
                forms.Add((word, id));
                continue;
            }

            var upper = string.Create(word.Length, word, static (chars, word) =>
            {
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = char.ToUpperInvariant(word[i]);
                }
            });
            if (System.Text.Ascii.IsValid(upper) && ids.Comparer.Equals(upper, word))
            {
                forms.Add((upper, id));
            }
        }

        return forms;
    }
}
