namespace Grader.Screening;

/// <summary>
/// The hash tables <see cref="RepetitionScreen"/> fills for one essay (sentence hashes; the paragraph each six-word run
/// first appeared in), kept per thread and emptied before each use, so checking repetition allocates nothing once
/// they have grown to an essay's size.
/// </summary>
internal sealed class RepetitionScratch
{
    [ThreadStatic]
    private static RepetitionScratch? s_current;

    public Dictionary<ulong, int> SentenceHashes { get; } = new();

    public Dictionary<ulong, int> RunFirstSeenIn { get; } = new();

    /// <summary>The calling thread's scratch, both tables empty.</summary>
    public static RepetitionScratch ForCurrentThread()
    {
        var scratch = s_current ??= new RepetitionScratch();
        scratch.SentenceHashes.Clear();
        scratch.RunFirstSeenIn.Clear();
        return scratch;
    }

    /// <summary>Drops the calling thread's tables when a long essay grew either past <paramref name="maxEntries"/> (capacity).</summary>
    public static void TrimCurrentThread(int maxEntries)
    {
        if (s_current is { } scratch && (scratch.SentenceHashes.EnsureCapacity(0) > maxEntries || scratch.RunFirstSeenIn.EnsureCapacity(0) > maxEntries))
        {
            s_current = null;
        }
    }
}
