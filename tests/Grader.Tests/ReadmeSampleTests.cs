using Grader.Reporting;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests;

/// <summary>The library sample in README.md is this code: it compiles here, runs here, and must match README word for word.</summary>
public sealed class ReadmeSampleTests
{
    [Fact]
    public void ReadmeSample_CompilesRunsAndMatchesTheReadme()
    {
        var rubricPath = RepositoryPaths.BundledRubric;
        var essayText = Essays.Read("strong-agree");
        var output = new StringWriter();

        // begin-sample
        // Load once (rubric, answer key, model essay, similarity model); share across threads.
        var load = MarkScheme.Load(rubricPath);
        if (!load.Succeeded)
        {
            foreach (var problem in load.Problems)
            {
                output.WriteLine(problem); // file:line: $.path: message
            }

            return;
        }

        var grader = new EssayGrader(load.Value!);
        GradeResult result = grader.Grade(essayText);

        output.WriteLine($"{result.Status}: {result.Total}/{result.Max} ({result.Band})");
        foreach (var criterion in result.Criteria)
        {
            output.WriteLine($"{criterion.Id}: level {criterion.Level}, {criterion.Mark}/{criterion.Max}");
            foreach (var reason in criterion.Reasons)
            {
                output.WriteLine($"  {reason.Effect}: {reason.Message}");
            }
        }

        string json = GradeJsonWriter.ToJson(result, id: "S001");
        // end-sample

        Assert.StartsWith("Ok: ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"id\": \"S001\"", json, StringComparison.Ordinal);
        Assert.Contains(SampleLines(), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), StringComparison.Ordinal);
    }

    private static string SampleLines()
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Grader.Tests", "ReadmeSampleTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// begin-sample") + 1;
        var end = Array.FindIndex(source, l => l.Trim() == "// end-sample");
        var indent = source[start].Length - source[start].TrimStart().Length;
        return string.Join("\n", source[start..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
