using System.Text.Json;
using Grader.Cli.Marking;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

public sealed partial class MarkCommandTests
{
    /// <summary>
    /// The bundled scripts (all different) under ids A01…A12, then: B04, the same script as A04 under another id;
    /// B07, A07 with three words changed and two sentences swapped; and C1, C2, C3, one script three times.
    /// </summary>
    private static List<IReadOnlyList<string>> RowsWithPeerCopies()
    {
        var scripts = TempFolder.ParseCsv(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "soviet-union-prc", "scripts.csv")))
            .Skip(1).Select(r => r[3]).ToArray();
        var rows = new List<IReadOnlyList<string>> { new[] { "id", "text" } };
        rows.AddRange(scripts.Select((text, i) => (IReadOnlyList<string>)new[] { $"A{i + 1:D2}", text }));
        rows.Add(["B04", scripts[3]]);
        rows.Add(["B07", LightlyEdited(scripts[6])]);
        rows.AddRange(Enumerable.Range(1, 3).Select(k => (IReadOnlyList<string>)new[] { $"C{k}", scripts[9] }));
        return rows;
    }

    private static string LightlyEdited(string script)
    {
        var paragraphs = script.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n");
        var sentences = paragraphs[1].Split(". ");
        (sentences[0], sentences[1]) = (sentences[1], sentences[0]);
        paragraphs[1] = string.Join(". ", sentences);
        var words = string.Join("\n\n", paragraphs).Split(' ');
        foreach (var at in new[] { 25, 80, 140 })
        {
            words[at] = "indeed";
        }

        return string.Join(' ', words);
    }

    private static Dictionary<string, string> PeerMessages(string detailsJsonl) =>
        detailsJsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .SelectMany(row => row.GetProperty("flags").EnumerateArray()
                .Where(f => f.GetProperty("code").GetString() == "copied-peer")
                .Select(f => (Id: row.GetProperty("id").GetString()!, Message: f.GetProperty("message").GetString()!)))
            .ToDictionary(p => p.Id, p => p.Message);

    [Fact]
    public void Mark_CopiesBetweenScripts_FlagsEveryCopyNamingTheOthersAndNothingElse()
    {
        _folder.Write("essays.csv", EssaysCsv.Build(RowsWithPeerCopies()));

        var run = Mark("essays.csv", "--out", "marks.csv", "--details", "details.jsonl");

        Assert.Contains(run.ExitCode, new[] { ExitCodes.Success, ExitCodes.RowErrors });
        Assert.Contains("8 scripts in 3 groups of near duplicates", run.Error, StringComparison.Ordinal);
        var csv = TempFolder.ParseCsv(_folder.Read("marks.csv"));
        var flagged = Column(csv, "id").Zip(Column(csv, "flags")).Where(p => p.Second.Split(';').Contains("copied-peer")).Select(p => p.First);
        Assert.Equal(new[] { "A04", "A07", "A10", "B04", "B07", "C1", "C2", "C3" }, flagged.Order(StringComparer.Ordinal));
        Assert.All(Column(csv, "id").Zip(Column(csv, "status")).Where(p => flagged.Contains(p.First)), p => Assert.Equal("review", p.Second));
        var messages = PeerMessages(_folder.Read("details.jsonl"));
        Assert.StartsWith("Near duplicate of 'B04' (100 % of word runs shared) in this batch", messages["A04"], StringComparison.Ordinal);
        Assert.StartsWith("Near duplicate of 'A04' (100 %", messages["B04"], StringComparison.Ordinal);
        Assert.StartsWith("Near duplicate of 'B07' (", messages["A07"], StringComparison.Ordinal);
        Assert.DoesNotContain("(100 %", messages["B07"], StringComparison.Ordinal);
        Assert.StartsWith("Near duplicate of 'A10' (100 % of word runs shared), 'C2' (100 % of word runs shared) and 'C3'", messages["C1"], StringComparison.Ordinal);
    }

    [Fact]
    public void MarkShardsThenMergeAndResume_WithPeerCopies_AreByteIdenticalToAnUnshardedRun()
    {
        var rows = RowsWithPeerCopies();
        _folder.Write("essays.csv", EssaysCsv.Build(rows));
        var shards = new[] { ShardSelector.Parse("1/3", out _)!, ShardSelector.Parse("2/3", out _)!, ShardSelector.Parse("3/3", out _)! };
        Assert.True(
            new[] { ("A04", "B04"), ("A07", "B07"), ("C1", "C2"), ("C2", "C3") }.Any(pair => shards.Single(s => s.Contains(pair.Item1)) != shards.Single(s => s.Contains(pair.Item2))),
            "some copies fall in different shards");
        Assert.Contains(Mark("essays.csv", "--out", "whole.csv", "--quiet").ExitCode, new[] { ExitCodes.Success, ExitCodes.RowErrors });
        foreach (var k in new[] { 1, 2, 3 })
        {
            Assert.Contains(Mark("essays.csv", "--shard", $"{k}/3", "--out", $"shard{k}.csv", "--quiet").ExitCode, new[] { ExitCodes.Success, ExitCodes.RowErrors });
        }

        var whole = _folder.ReadBytes("whole.csv");
        _folder.Write("resumed.csv", whole[..(whole.Length / 2)]);

        var merged = CliRun.In(_folder.Path, "merge", "shard2.csv", "shard3.csv", "shard1.csv", "--out", "merged.csv");
        var resumed = Mark("essays.csv", "--out", "resumed.csv", "--resume", "--quiet");

        Assert.Contains("copied-peer", _folder.Read("whole.csv"), StringComparison.Ordinal);
        Assert.Contains(merged.ExitCode, new[] { ExitCodes.Success, ExitCodes.RowErrors });
        Assert.Equal(whole, _folder.ReadBytes("merged.csv"));
        Assert.Contains(resumed.ExitCode, new[] { ExitCodes.Success, ExitCodes.RowErrors });
        Assert.Equal(whole, _folder.ReadBytes("resumed.csv"));
    }
}
