using System.Globalization;
using System.Text;
using Grader.Scoring;

namespace Grader.Batch;

/// <summary>The <see cref="FlagCodes.CopiedPeer"/> flag for a script with near duplicates in its batch, naming them.</summary>
internal static class PeerCopyFlag
{
    /// <summary><paramref name="result"/> with the flag added (and sent to review); an error result is returned unchanged.</summary>
    public static GradeResult AddTo(GradeResult result, PeerMatch match)
    {
        if (result.Status == GradeStatus.Error)
        {
            return result;
        }

        var flag = new GradeFlag(FlagCodes.CopiedPeer, FlagKind.Advisory, Message(match), null);
        return result with { Status = GradeStatus.Review, Flags = [.. result.Flags, flag] };
    }

    public static string Message(PeerMatch match)
    {
        var text = new StringBuilder("Near duplicate of ");
        for (var i = 0; i < match.Named.Count; i++)
        {
            var (id, similarity) = match.Named[i];
            text.Append(i == 0 ? "" : i == match.Named.Count - 1 && match.Others == 0 ? " and " : ", ")
                .Append(CultureInfo.InvariantCulture, $"'{id}' ({similarity:P0} of word runs shared)");
        }

        if (match.Others > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {match.Others} other script{(match.Others == 1 ? "" : "s")}");
        }

        text.Append(" in this batch: one was probably copied from the other (runs of three content words compared, with case, word endings, hidden characters and sentence order set aside).");
        return text.ToString();
    }
}
