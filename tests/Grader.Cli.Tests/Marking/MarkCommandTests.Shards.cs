using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

public sealed partial class MarkCommandTests
{
    [Fact]
    public void MarkShardsThenMerge_IsByteIdenticalToAnUnshardedRun()
    {
        var text = EssaysCsv.Sample(12) + "S003,\"duplicate id\",\"x\",1\nS100,\"no text\",,2\n";
        _folder.Write("essays.csv", text);
        var whole = Mark("essays.csv", "--out", "whole.csv", "--quiet");
        Assert.Equal(ExitCodes.RowErrors, whole.ExitCode);

        var shardExitCodes = Enumerable.Range(1, 3)
            .Select(k => Mark("essays.csv", "--shard", $"{k}/3", "--out", $"shard{k}.csv", "--quiet").ExitCode)
            .ToArray();
        var shardRows = Enumerable.Range(1, 3).Select(k => TempFolder.ParseCsv(_folder.Read($"shard{k}.csv")).Count - 1).ToArray();
        var merged = CliRun.In(_folder.Path, "merge", "shard3.csv", "shard1.csv", "shard2.csv", "--out", "merged.csv");
        var mergedToStandardOutput = CliRun.In(_folder.Path, "merge", "shard1.csv", "shard2.csv", "shard3.csv");

        Assert.All(shardExitCodes, code => Assert.Contains(code, new[] { ExitCodes.Success, ExitCodes.RowErrors }));
        Assert.Equal(14, shardRows.Sum());
        Assert.True(shardRows.Count(n => n > 0) >= 2, "the ids spread over more than one shard");
        Assert.Equal(ExitCodes.RowErrors, merged.ExitCode);
        Assert.Equal(_folder.ReadBytes("whole.csv"), _folder.ReadBytes("merged.csv"));
        Assert.Equal(_folder.Read("whole.csv"), mergedToStandardOutput.Out);
    }

    [Fact]
    public void Merge_WithAShardMissingOrGivenTwice_FailsAndSaysWhy()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(9));
        Assert.Equal(ExitCodes.Success, Mark("essays.csv", "--shard", "1/2", "--out", "a.csv", "--quiet").ExitCode);
        Assert.Equal(ExitCodes.Success, Mark("essays.csv", "--shard", "2/2", "--out", "b.csv", "--quiet").ExitCode);
        var firstRowOfB = TempFolder.ParseCsv(_folder.Read("b.csv"))[1][13];

        var missing = CliRun.In(_folder.Path, "merge", "a.csv");
        var twice = CliRun.In(_folder.Path, "merge", "a.csv", "b.csv", "b.csv");

        Assert.Equal(ExitCodes.Failure, missing.ExitCode);
        Assert.Contains("in none of the files", missing.Error, StringComparison.Ordinal);
        Assert.Contains(firstRowOfB, missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, twice.ExitCode);
        Assert.Contains("is in both", twice.Error, StringComparison.Ordinal);
    }
}
