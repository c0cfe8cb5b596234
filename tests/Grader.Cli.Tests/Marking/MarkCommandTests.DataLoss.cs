using System.Diagnostics;
using Grader.Cli.Marking;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

/// <summary>Ways a run could destroy or lose data, each refused or reported.</summary>
public sealed partial class MarkCommandTests
{
    [Fact]
    public void Mark_OutIsASymbolicLinkToTheInput_RefusesAndLeavesTheInputAsItWas()
    {
        var input = _folder.Write("essays.csv", EssaysCsv.Sample(3));
        var before = _folder.ReadBytes("essays.csv");
        File.CreateSymbolicLink(_folder.File("marks.csv"), input);

        var run = Mark("essays.csv", "--out", "marks.csv");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
        Assert.Contains("is the input", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, _folder.ReadBytes("essays.csv"));
    }

    [Fact]
    public void Mark_OutOrDetailsIsAHardLinkToTheInputOrTheRubric_RefusesAndLeavesThemAsTheyWere()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(3));
        var before = _folder.ReadBytes("essays.csv");
        var rubricCopy = Path.Combine(_folder.Path, "q");
        Directory.CreateDirectory(rubricCopy);
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(RepositoryFiles.Rubric)!))
        {
            File.Copy(file, Path.Combine(rubricCopy, Path.GetFileName(file)));
        }

        var rubricBefore = File.ReadAllBytes(Path.Combine(rubricCopy, "answer-key.json"));
        HardLink(_folder.File("essays.csv"), _folder.File("marks.csv"));
        HardLink(Path.Combine(rubricCopy, "answer-key.json"), _folder.File("details.jsonl"));

        var toInput = CliRun.In(_folder.Path, "mark", "essays.csv", "--out", "marks.csv", "--rubric", "q/rubric.json");
        var toAnswerKey = CliRun.In(_folder.Path, "mark", "essays.csv", "--out", "other.csv", "--details", "details.jsonl", "--rubric", "q/rubric.json");
        var resumeOntoInput = CliRun.In(_folder.Path, "mark", "essays.csv", "--out", "marks.csv", "--resume", "--rubric", "q/rubric.json");

        Assert.All(new[] { toInput, toAnswerKey, resumeOntoInput }, run => Assert.Equal(ExitCodes.Usage, run.ExitCode));
        Assert.Contains("is the input", toInput.Error, StringComparison.Ordinal);
        Assert.Contains("through a link", toInput.Error, StringComparison.Ordinal);
        Assert.Contains("--details", toAnswerKey.Error, StringComparison.Ordinal);
        Assert.Contains("the answer key", toAnswerKey.Error, StringComparison.Ordinal);
        Assert.Equal(before, _folder.ReadBytes("essays.csv"));
        Assert.Equal(rubricBefore, File.ReadAllBytes(Path.Combine(rubricCopy, "answer-key.json")));
        Assert.False(File.Exists(_folder.File("other.csv")));
    }

    [Fact]
    public void Mark_DetailsCannotBeOpened_LeavesAnExistingOutAsItWasAndSaysWhatToDo()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(3));
        var previous = _folder.Write("marks.csv", "marks of an earlier run\n");

        var run = Mark("essays.csv", "--out", "marks.csv", "--details", "no-such-folder/details.jsonl");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"cannot write --details {_folder.File("no-such-folder/details.jsonl")}: the folder {_folder.File("no-such-folder")} does not exist. Create it", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find a part of the path", run.Error, StringComparison.Ordinal);
        Assert.Equal("marks of an earlier run\n", File.ReadAllText(previous));
    }

    [Fact]
    public void Mark_ResumeOfAnOutputWithAMiddleRowRemoved_RefusesInsteadOfFinishingARowShort()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(5));
        Assert.Equal(ExitCodes.Success, Mark("essays.csv", "--out", "marks.csv", "--quiet").ExitCode);
        var lines = _folder.Read("marks.csv").Split('\n');
        _folder.Write("marks.csv", string.Join('\n', lines.Where((_, i) => i != 3)));
        var edited = _folder.ReadBytes("marks.csv");

        var resumed = Mark("essays.csv", "--out", "marks.csv", "--resume");

        Assert.Equal(ExitCodes.Failure, resumed.ExitCode);
        Assert.Contains("input row 3 (id 'S003') is missing from the output being resumed", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(edited, _folder.ReadBytes("marks.csv"));
    }

    [Fact]
    public void Merge_WithoutTheShardThatHeldTheLastRows_RefusesNamingItAndLeavesOutAsItWas()
    {
        // Ids chosen so that shard 2/2 holds exactly the last two rows: without it the rows left are 1, 2, 3, … with no gap.
        var ids = Enumerable.Range(0, 400).Select(i => $"P{i}").ToArray();
        var first = ids.Where(id => new ShardSelector(1, 2).Contains(id)).Take(4);
        var last = ids.Where(id => new ShardSelector(2, 2).Contains(id)).Take(2);
        var rows = new List<IReadOnlyList<string>> { new[] { "id", "text" } };
        rows.AddRange(first.Concat(last).Select((id, i) => new[] { id, SampleEssays.Essay(i) }));
        _folder.Write("essays.csv", EssaysCsv.Build(rows));
        Assert.Equal(ExitCodes.Success, Mark("essays.csv", "--shard", "1/2", "--out", "a.csv", "--quiet").ExitCode);
        Assert.Equal(ExitCodes.Success, Mark("essays.csv", "--shard", "2/2", "--out", "b.csv", "--quiet").ExitCode);
        _folder.Write("marks.csv", "an earlier merge\n");

        var merged = CliRun.In(_folder.Path, "merge", "a.csv", "--out", "marks.csv");
        var toStandardOutput = CliRun.In(_folder.Path, "merge", "a.csv");

        Assert.Equal(ExitCodes.Failure, merged.ExitCode);
        Assert.Contains("shard 2/2 of 2 is missing", merged.Error, StringComparison.Ordinal);
        Assert.Equal("an earlier merge\n", _folder.Read("marks.csv"));
        Assert.Equal(ExitCodes.Failure, toStandardOutput.ExitCode);
        Assert.Equal("", toStandardOutput.Out);
        Assert.DoesNotContain(Directory.EnumerateFiles(_folder.Path), f => Path.GetFileName(f).StartsWith("marks.csv.", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_ShardThatDidNotFinishOrWasCutOrComesFromAnotherInput_Refused()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(8));
        _folder.Write("other.csv", EssaysCsv.Sample(9));
        Assert.Equal(ExitCodes.Success, Mark("essays.csv", "--shard", "1/2", "--out", "a.csv", "--quiet").ExitCode);
        Assert.Equal(ExitCodes.Success, Mark("essays.csv", "--shard", "2/2", "--out", "b.csv", "--quiet").ExitCode);
        Assert.Equal(ExitCodes.Success, Mark("other.csv", "--shard", "2/2", "--out", "b-other.csv", "--quiet").ExitCode);
        File.Copy(_folder.File("b.csv"), _folder.File("b-unrecorded.csv"));
        File.Copy(_folder.File("b.csv"), _folder.File("b-cut.csv"));
        File.Copy(_folder.File("b.csv.shard"), _folder.File("b-cut.csv.shard"));
        var whole = _folder.ReadBytes("b-cut.csv");
        _folder.Write("b-cut.csv", whole[..^5]);

        var unrecorded = CliRun.In(_folder.Path, "merge", "a.csv", "b-unrecorded.csv");
        var cut = CliRun.In(_folder.Path, "merge", "a.csv", "b-cut.csv");
        var otherInput = CliRun.In(_folder.Path, "merge", "a.csv", "b-other.csv");
        var good = CliRun.In(_folder.Path, "merge", "a.csv", "b.csv");

        Assert.All(new[] { unrecorded, cut, otherInput }, run => Assert.Equal(ExitCodes.Failure, run.ExitCode));
        Assert.Contains("not a finished 'grader mark --shard k/N' output", unrecorded.Error, StringComparison.Ordinal);
        Assert.Contains("changed or cut since", cut.Error, StringComparison.Ordinal);
        Assert.Contains("not made from the same input", otherInput.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, good.ExitCode);
    }

    private static void HardLink(string existing, string link)
    {
        using var process = Process.Start(new ProcessStartInfo("ln", [existing, link]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
