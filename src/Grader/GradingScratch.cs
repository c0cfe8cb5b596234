using Grader.Checks;
using Grader.Screening;
using Grader.Text;

namespace Grader;

/// <summary>
/// Caps the per-thread scratch grading keeps between essays. The buffers grow to the longest essay a thread has seen;
/// after each grade any that grew past these caps are dropped, so a thread keeps at most about 1 MB of scratch
/// (tokens: 16,384 × 24 bytes; each repetition table: 16,384 entries; copy detection: 16,384 terms) whatever it has graded.
/// </summary>
internal static class GradingScratch
{
    /// <summary>Tokens kept per thread: about a 13,000-word essay.</summary>
    public const int MaxTokens = 16_384;

    /// <summary>Entries kept per thread in each repetition table (sentences; six-word runs).</summary>
    public const int MaxTableEntries = 16_384;

    public static void TrimCurrentThread()
    {
        EssayTokenizer.TrimThreadBuffers(MaxTokens);
        RepetitionScratch.TrimCurrentThread(MaxTableEntries);
        CopyScratch.TrimCurrentThread(MaxTokens);
    }
}
