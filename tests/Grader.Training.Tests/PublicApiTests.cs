using Grader.Tests.Loading;
using Grader.Tests.Support;

namespace Grader.Training.Tests;

/// <summary>
/// Snapshots the Grader.Training assembly's public surface into PublicApi.approved.txt so any change to it shows up in
/// review (<see cref="PublicApiSnapshot"/> says how to update it after an intended change).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_GraderTrainingAssembly_MatchesTheApprovedSnapshot() =>
        PublicApiSnapshot.AssertMatches(typeof(MarkSchemeTrainer).Assembly, RepositoryRoot.Combine("tests", "Grader.Training.Tests", "PublicApi.approved.txt"));
}
