using Grader.Batch;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

public sealed class PeerCopyFlagTests
{
    [Fact]
    public void AddTo_OkResult_SentToReviewWithTheOthersNamed()
    {
        var result = BundledScheme.Grader.Grade(Essays.Read("strong-agree"));

        var flagged = PeerCopyFlag.AddTo(result, new PeerMatch([("S004", 0.97), ("S009", 0.81)], 3));

        Assert.Equal(GradeStatus.Ok, result.Status);
        Assert.Equal(GradeStatus.Review, flagged.Status);
        var flag = flagged.Flags[^1];
        Assert.Equal(FlagCodes.CopiedPeer, flag.Code);
        Assert.Equal(FlagKind.Advisory, flag.Kind);
        Assert.StartsWith("Near duplicate of 'S004' (97 % of word runs shared), 'S009' (81 % of word runs shared) and 3 other scripts in this batch", flag.Message, StringComparison.Ordinal);
        Assert.Equal(result.Total, flagged.Total);
    }

    [Fact]
    public void Message_TwoNamedNoOthers_JoinsWithAnd()
    {
        Assert.StartsWith("Near duplicate of 'A' (100 % of word runs shared) and 'B' (70 % of word runs shared) in this batch", PeerCopyFlag.Message(new PeerMatch([("A", 1.0), ("B", 0.7)], 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void AddTo_ErrorResult_Unchanged()
    {
        var error = BundledScheme.Grader.Grade(" ");

        Assert.Same(error, PeerCopyFlag.AddTo(error, new PeerMatch([("A", 1.0)], 0)));
    }
}
