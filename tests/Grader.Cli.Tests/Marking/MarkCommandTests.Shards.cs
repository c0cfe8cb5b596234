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
        File.Copy(_folder.File("b.csv"), _folder.File("b2.csv"));
        File.Copy(_folder.File("b.csv.shard"), _folder.File("b2.csv.shard"));

        var missing = CliRun.In(_folder.Path, "merge", "a.csv");
        var twice = CliRun.In(_folder.Path, "merge", "a.csv", "b.csv", "b2.csv");

        Assert.Equal(ExitCodes.Failure, missing.ExitCode);
        Assert.Contains("shard 2/2 of 2 is missing", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, twice.ExitCode);
        Assert.Contains("b2.csv and b.csv are both shard 2/2", twice.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkShardsThenMergeAndResume_WithFormulaQuotedAndEmptyCells_AreByteIdentical()
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "id", "text", "=note", "extra" } };
        for (var i = 0; i < 10; i++)
        {
            rows.Add(new[] { i == 3 ? "" : i == 5 ? "=cmd" : EssaysCsv.Id(i), SampleEssays.Essay(i), i % 2 == 0 ? "-2" : "+x, \"y\"\r\nz", i == 7 ? "\tq" : "" });
        }

        _folder.Write("essays.csv", EssaysCsv.Build(rows, "\r\n"));
        Assert.Equal(ExitCodes.RowErrors, Mark("essays.csv", "--out", "whole.csv", "--quiet").ExitCode);
        Assert.All(
            new[] { Mark("essays.csv", "--shard", "1/2", "--out", "a.csv", "--quiet"), Mark("essays.csv", "--shard", "2/2", "--out", "b.csv", "--quiet") },
            run => Assert.Contains(run.ExitCode, new[] { ExitCodes.Success, ExitCodes.RowErrors }));
        var whole = _folder.ReadBytes("whole.csv");
        _folder.Write("resumed.csv", whole[..(whole.Length * 2 / 3)]);

        var merged = CliRun.In(_folder.Path, "merge", "b.csv", "a.csv", "--out", "merged.csv");
        var resumed = Mark("essays.csv", "--out", "resumed.csv", "--resume", "--quiet");

        Assert.Equal(ExitCodes.RowErrors, merged.ExitCode);
        Assert.Equal(whole, _folder.ReadBytes("merged.csv"));
        Assert.Equal(ExitCodes.RowErrors, resumed.ExitCode);
        Assert.Equal(whole, _folder.ReadBytes("resumed.csv"));
        var csv = TempFolder.ParseCsv(_folder.Read("whole.csv"));
        Assert.Equal("'=note", csv[0][^2]);
        Assert.Equal(new[] { "S001", "S002", "S003", "", "S005", "'=cmd" }, Column(csv, "id").Take(6));
        Assert.Equal(new[] { "-2", "'+x, \"y\"\r\nz" }, Column(csv, "'=note").Take(2));
        Assert.Equal("'\tq", Column(csv, "extra")[7]);
    }
}
