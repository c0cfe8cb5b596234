using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Marking;

public sealed partial class MarkCommandTests
{
    [Theory]
    [InlineData(new[] { "mark" }, "Required argument missing for command: 'mark'")]
    [InlineData(new[] { "mark", "a.csv", "--bogus" }, "Unrecognized command or argument '--bogus'")]
    [InlineData(new[] { "mark", "a.csv", "--threads", "0" }, "--threads must be")]
    [InlineData(new[] { "mark", "a.csv", "--shard", "3/2" }, "--shard must be k/N")]
    [InlineData(new[] { "mark", "a.csv", "--resume" }, "--resume needs --out")]
    [InlineData(new[] { "mark", "a.csv", "--threads" }, "Required argument missing for option: '--threads'")]
    [InlineData(new[] { "merge" }, "Required argument missing for command: 'merge'")]
    public void Mark_BadCommandLine_ExitsWithUsageAndSaysWhat(string[] args, string message)
    {
        var run = CliRun.In(_folder.Path, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error: " + message, run.Error, StringComparison.Ordinal);
        Assert.Contains($"Run 'grader {args[0]} --help'", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Mark_InputThatCannotBeMarkedAtAll_FailsWithAClearMessageAndNoOutput()
    {
        _folder.Write("no-text.csv", "id,essay\nA1,hello\n");
        _folder.Write("empty.csv", "");
        _folder.Write("bad-rubric.json", "{ \"id\": ");
        _folder.Write("essays.csv", EssaysCsv.Sample(1));

        var missing = Mark("nope.csv");
        var noTextColumn = Mark("no-text.csv");
        var empty = Mark("empty.csv");
        var badRubric = CliRun.In(_folder.Path, "mark", "essays.csv", "--rubric", "bad-rubric.json");

        Assert.All(new[] { missing, noTextColumn, empty, badRubric }, run =>
        {
            Assert.Equal(ExitCodes.Failure, run.ExitCode);
            Assert.Equal("", run.Out);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        });
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
        Assert.Contains("no 'text' column (it has 'id', 'essay'). Name the column with --text-column", noTextColumn.Error, StringComparison.Ordinal);
        Assert.Contains("the file is empty", empty.Error, StringComparison.Ordinal);
        Assert.Contains("mark scheme could not be loaded", badRubric.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_Details_WritesOneJsonObjectPerRowWithTheId()
    {
        _folder.Write("essays.csv", EssaysCsv.Sample(3) + "S900,x,,1\n");

        var run = Mark("essays.csv", "--details", "details.jsonl", "--quiet");

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        var lines = _folder.Read("details.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var documents = lines.Select(l => System.Text.Json.JsonDocument.Parse(l)).ToArray();
        Assert.Equal(new[] { "S001", "S002", "S003", "S900" }, documents.Select(d => d.RootElement.GetProperty("id").GetString()));
        Assert.Equal("error", documents[3].RootElement.GetProperty("status").GetString());
        Assert.Contains("empty", documents[3].RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, documents[0].RootElement.GetProperty("criteria").GetArrayLength());
    }
}
