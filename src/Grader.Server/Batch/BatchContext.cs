using Grader.Hosting;

namespace Grader.Server;

/// <summary>
/// What a batch reader needs: the questions, the batch's default question (the <c>question</c> query parameter), and
/// the most bytes one essay's entry may take (so memory stays bounded whatever is sent).
/// </summary>
internal sealed record BatchContext(QuestionCatalog Catalog, string? DefaultQuestion, int MaxItemBytes)
{
    /// <summary>An entry may take this many bytes per allowed essay character, plus room for the other fields.</summary>
    public static int MaxItemBytesFor(int maxEssayLength) => (int)Math.Min(int.MaxValue - 1, (8L * maxEssayLength) + (64 * 1024));
}
