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
}
