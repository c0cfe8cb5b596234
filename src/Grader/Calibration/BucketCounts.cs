namespace Grader.Calibration;

/// <summary>
/// How often each hashed character n-gram bucket occurs in one text, in a small open-addressing table (the buckets are
/// already well-mixed hashes, so their low bits pick the slot) that stays in cache, unlike an array over all 2²⁰
/// buckets. One instance per thread, reused: take it with <see cref="ForThread"/>, count, read, then <see cref="Clear"/>.
/// </summary>
internal sealed class BucketCounts
{
    [ThreadStatic]
    private static BucketCounts? _threadInstance;

    private int[] _keys = new int[1024];
    private int[] _counts = new int[1024];
    private int[] _occupied = new int[512];
    private int _size;

    /// <summary>How many distinct buckets were counted.</summary>
    public int Count => _size;

    /// <summary>This thread's (empty) instance, able to take <paramref name="additions"/> additions without growing.</summary>
    public static BucketCounts ForThread(int additions)
    {
        var table = _threadInstance ??= new BucketCounts();
        table.Reserve(additions);
        return table;
    }

    public void Add(int bucket)
    {
        var key = bucket + 1;
        var mask = _keys.Length - 1;
        var slot = bucket & mask;
        while (true)
        {
            var existing = _keys[slot];
            if (existing == key)
            {
                _counts[slot]++;
                return;
            }

            if (existing == 0)
            {
                _keys[slot] = key;
                _counts[slot] = 1;
                _occupied[_size++] = slot;
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Copies the distinct buckets and their counts (in no particular order) into the spans, which hold at least <see cref="Count"/> items.</summary>
    public void CopyTo(Span<int> buckets, Span<int> counts)
    {
        for (var i = 0; i < _size; i++)
        {
            var slot = _occupied[i];
            buckets[i] = _keys[slot] - 1;
            counts[i] = _counts[slot];
        }
    }

    public void Clear()
    {
        for (var i = 0; i < _size; i++)
        {
            _keys[_occupied[i]] = 0;
        }

        _size = 0;
    }

    /// <summary>Makes room for <paramref name="additions"/> distinct buckets at a load of at most one half.</summary>
    private void Reserve(int additions)
    {
        var needed = Math.Max(1024, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, additions) * 2));
        if (_keys.Length < needed)
        {
            _keys = new int[needed];
            _counts = new int[needed];
        }

        if (_occupied.Length < additions)
        {
            _occupied = new int[additions];
        }
    }
}
