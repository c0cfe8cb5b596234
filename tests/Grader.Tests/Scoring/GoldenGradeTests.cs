using System.Text;
using Grader.Reporting;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>
/// The grade JSON of every test essay, the seed essay, every bundled sample script and a set of seeded random texts
/// is byte-identical to the golden file recorded before the hot path was optimised (Golden/grades.jsonl), so a
/// refactor cannot silently change a mark, a reason, a quote or a signal. After an intended change of marking,
/// regenerate the file with GRADER_UPDATE_GOLDEN=1 and review its diff. The file guards marks, and predates the
/// document's <c>schemaVersion</c> field, which is compared here without it (GradeJsonContractTests checks the field).
/// </summary>
public sealed class GoldenGradeTests
{
    private static string GoldenPath => Path.Combine(RepositoryPaths.Root, "tests", "Grader.Tests", "Golden", "grades.jsonl");

    [Fact]
    public void Grade_EveryGoldenEssay_JsonByteIdenticalToGoldenFile()
    {
        var actual = GradeAll();

        if (Environment.GetEnvironmentVariable("GRADER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, actual, new UTF8Encoding(false));
        }

        var expected = File.ReadAllText(GoldenPath, Encoding.UTF8).ReplaceLineEndings("\n");
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        Assert.Equal(expectedLines.Length, actualLines.Length);
        for (var i = 0; i < expectedLines.Length; i++)
        {
            Assert.True(expectedLines[i] == actualLines[i], $"Line {i + 1} differs from the golden file.\nexpected: {expectedLines[i]}\nactual:   {actualLines[i]}");
        }
    }

    [Fact]
    public void Grade_GoldenEssaysConcurrently_IdenticalToGoldenFile()
    {
        var inputs = Inputs();
        var lines = new string[inputs.Count * 3];
        Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var (id, text) = inputs[i % inputs.Count];
            lines[i] = GoldenLine(BundledScheme.Grader.Grade(text), id);
        });

        var expected = File.ReadAllText(GoldenPath, Encoding.UTF8).ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Equal(expected[i % inputs.Count], lines[i]);
        }
    }

    private static string GradeAll()
    {
        var builder = new StringBuilder();
        foreach (var (id, text) in Inputs())
        {
            builder.Append(GoldenLine(BundledScheme.Grader.Grade(text), id)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The compact grade document without its schemaVersion field (which follows the id).</summary>
    internal static string GoldenLine(Grader.Scoring.GradeResult result, string id) =>
        GradeJsonWriter.ToJson(result, id, indented: false).Replace($",\"schemaVersion\":{GradeJsonWriter.SchemaVersion},", ",", StringComparison.Ordinal);

    private static List<(string Id, string Text)> Inputs()
    {
        var inputs = new List<(string Id, string Text)>();
        foreach (var name in Essays.Names())
        {
            inputs.Add(("essay:" + name, Essays.Read(name)));
        }

        inputs.Add(("seed", File.ReadAllText(RepositoryPaths.Seed)));
        foreach (var (id, text) in ScriptsCsv.Read())
        {
            inputs.Add(("script:" + id, text));
        }

        var random = new Random(20260501);
        var words = Essays.Names().SelectMany(name => Essays.Read(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        for (var i = 0; i < 60; i++)
        {
            var count = random.Next(1, 1500);
            var picked = Enumerable.Range(0, count).Select(_ => random.Next(12) == 0 ? "\n\n" : words[random.Next(words.Length)]);
            inputs.Add(("random:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(' ', picked)));
        }

        return inputs;
    }
}
