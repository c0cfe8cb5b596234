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

    private Lexicon(FrozenDictionary<string, int> ids)
    {
        _ids = ids;
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    /// <summary>The id of <paramref name="word"/>, or <see cref="Unknown"/>.</summary>
    public int Lookup(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var id) ? id : Unknown;

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
}
