namespace Grader.Text;

/// <summary>
/// Term hashes (see <see cref="TermSequence"/>) to small dense ids, in an open-addressing table: one probe per look-up.
/// Filled once, then immutable and thread-safe.
/// </summary>
internal sealed class TermIdTable
{
    public const int Absent = -1;

    private readonly ulong[] _keys;
    private readonly int[] _ids;
    private readonly int _mask;

    /// <param name="hashes">Distinct term hashes; each gets its index as id.</param>
    public TermIdTable(IReadOnlyList<ulong> hashes)
    {
        var capacity = 16;
        while (capacity < hashes.Count * 2)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _ids = new int[capacity];
        Array.Fill(_ids, Absent);
        for (var id = 0; id < hashes.Count; id++)
        {
            var slot = SlotOf(hashes[id]);
            while (_ids[slot] != Absent)
            {
                if (_keys[slot] == hashes[id])
                {
                    throw new ArgumentException("The term hashes must be distinct.", nameof(hashes));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = hashes[id];
            _ids[slot] = id;
        }

        Count = hashes.Count;
    }

    public int Count { get; }

    /// <summary>The id of the term with <paramref name="hash"/>, or <see cref="Absent"/>.</summary>
    public int Find(ulong hash)
    {
        for (var slot = SlotOf(hash); ; slot = (slot + 1) & _mask)
        {
            var id = _ids[slot];
            if (id == Absent || _keys[slot] == hash)
            {
                return id;
            }
        }
    }

    private int SlotOf(ulong hash) => (int)(hash ^ (hash >> 31)) & _mask;
}
