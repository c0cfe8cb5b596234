using Grader.Tests.Loading;
using Grader.Tests.Support;

namespace Grader.Tests;

/// <summary>
/// Snapshots the Grader assembly's public surface into PublicApi.approved.txt so any change to it shows up in review
/// (<see cref="PublicApiSnapshot"/> says how to update it after an intended change).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_GraderAssembly_MatchesTheApprovedSnapshot() =>
        PublicApiSnapshot.AssertMatches(typeof(MarkScheme).Assembly, RepositoryRoot.Combine("tests", "Grader.Tests", "PublicApi.approved.txt"));

    [Fact]
    public void Describe_GraderAssembly_IsTheSameEveryTime()
    {
        Assert.Equal(PublicApiSnapshot.Describe(typeof(MarkScheme).Assembly), PublicApiSnapshot.Describe(typeof(MarkScheme).Assembly));
    }
}
