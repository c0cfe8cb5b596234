namespace Grader.Calibration;

/// <summary>
/// How often each term (an index below a capacity) occurs in one text, counted in an array indexed by term that is
/// reused for every text a thread vectorises: the terms touched are listed, so clearing costs only as much as counting.
/// Take the thread's instance with <see cref="ForThread"/>, count, read, then <see cref="Clear"/> it.
/// </summary>
internal sealed class TermCounts
{
    [ThreadStatic]
    private static TermCounts? _threadInstance;

    private int[] _counts = [];
    private int[] _touched = new int[256];
    private int _touchedCount;

    /// <summary>The terms counted so far, in the order first seen.</summary>
    public ReadOnlySpan<int> Touched => _touched.AsSpan(0, _touchedCount);

    public int this[int term] => _counts[term];

    /// <summary>This thread's (empty) instance, able to count terms below <paramref name="capacity"/>.</summary>
    public static TermCounts ForThread(int capacity)
    {
        var counts = _threadInstance ??= new TermCounts();
        if (counts._counts.Length < capacity)
        {
            counts._counts = new int[capacity];
        }

        return counts;
    }

    public void Add(int term)
    {
        if (_counts[term]++ == 0)
        {
            if (_touchedCount == _touched.Length)
            {
                Array.Resize(ref _touched, _touched.Length * 2);
            }

            _touched[_touchedCount++] = term;
        }
    }

    public void Clear()
    {
        foreach (var term in Touched)
        {
            _counts[term] = 0;
        }

        _touchedCount = 0;
    }
}
