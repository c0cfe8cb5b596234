namespace Grader.Calibration;

/// <summary>
/// Counts of (teacher mark, engine mark) pairs over the marks <see cref="Min"/>..<see cref="Max"/>: row = teacher mark,
/// column = engine mark, so <c>Count(t, e)</c> is how many scripts the teacher gave <c>t</c> and the engine <c>e</c>.
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] _counts;

    internal ConfusionMatrix(int min, int max, int[,] counts)
    {
        Min = min;
        Max = max;
        _counts = counts;
    }

    /// <summary>The lowest mark of the scale.</summary>
    public int Min { get; }

    /// <summary>The highest mark of the scale.</summary>
    public int Max { get; }

    /// <summary>How many scripts the teacher gave <paramref name="teacherMark"/> and the engine <paramref name="engineMark"/>.</summary>
    public int Count(int teacherMark, int engineMark) => _counts[teacherMark - Min, engineMark - Min];

    /// <summary>The largest cell (for colour scales).</summary>
    public int LargestCount
    {
        get
        {
            var largest = 0;
            foreach (var count in _counts)
            {
                largest = Math.Max(largest, count);
            }

            return largest;
        }
    }
}
