using Grader.Tests.Support;
using Xunit.Abstractions;

namespace Grader.Tests.Scoring;

/// <summary>Runs alone (no other test allocating meanwhile), so the process's live memory is this test's to measure.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>What grading huge essays leaves behind once they are graded.</summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class EssayGraderMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Grade_FourTenMegabyteEssaysInParallel_LeaveLittleLiveMemoryAfterACollection()
    {
        var grader = new EssayGrader(BundledScheme.Value, new GraderOptions { MaxEssayLength = 11_000_000 });
        var essays = Enumerable.Range(0, 4).Select(i => TenMegabytes(Essays.Read(Essays.Names().ElementAt(i)))).ToArray();
        grader.Grade(Essays.Read("balanced-mid"));
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var totals = await Task.WhenAll(essays.Select(essay => Task.Run(() => grader.Grade(essay).Total)));

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(essays);
        output.WriteLine($"live memory: {before / 1048576.0:0.0} MB before, {after / 1048576.0:0.0} MB after grading four 10 MB essays in parallel");
        Assert.All(totals, total => Assert.InRange(total, 0, BundledScheme.Value.Rubric.MaxMark));
        // Before per-thread scratch was capped, four such essays left about 300 MB live (token buffers grown to each).
        Assert.True(after - before < 32 * 1024 * 1024, $"{(after - before) / (1024.0 * 1024.0):0.0} MB more live memory after grading");
    }

    private static string TenMegabytes(string essay)
    {
        var text = new System.Text.StringBuilder(10_000_000 + essay.Length);
        while (text.Length < 10_000_000)
        {
            text.Append(essay).Append("\n\n");
        }

        return text.ToString();
    }
}
