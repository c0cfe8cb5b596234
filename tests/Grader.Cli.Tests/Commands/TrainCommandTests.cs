using Grader.Loading;
using Grader.Cli;
using Grader.Cli.Console;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grader-train-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string RepositoryRoot() => RepositoryFiles.Root;

    /// <summary>A copy of the bundled question's folder alone (it names no file outside itself), without its saved model, so training writes there.</summary>
    private string CopyBundledQuestion()
    {
        var data = Path.Combine(_directory, "question");
        Directory.CreateDirectory(data);
        foreach (var file in new[] { "rubric.json", "answer-key.json", "model-essay.txt" })
        {
            File.Copy(Path.Combine(RepositoryRoot(), "data", "soviet-union-prc", file), Path.Combine(data, file));
        }

        return Path.Combine(data, "rubric.json");
    }

    [Fact]
    public void Train_TwiceOnTheSameInputs_ByteIdenticalModelThatMatchesTheCommittedOne()
    {
        var rubric = CopyBundledQuestion();
        var console = new CliConsole(new StringWriter(), new StringWriter(), false, _directory);
        var model = Path.Combine(Path.GetDirectoryName(rubric)!, "similarity.model");

        Assert.Equal(ExitCodes.Success, GraderApp.Run(["train", "--rubric", rubric], console));
        var first = File.ReadAllBytes(model);
        Assert.Equal(ExitCodes.Success, GraderApp.Run(["train", "--rubric", rubric], console));

        Assert.Equal(first, File.ReadAllBytes(model));
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(RepositoryRoot(), "data", "soviet-union-prc", "similarity.model")));
    }

    [Fact]
    public void Load_StaleModel_RetrainsInMemoryWithANotice()
    {
        var rubric = CopyBundledQuestion();
        var console = new CliConsole(new StringWriter(), new StringWriter(), false, _directory);
        Assert.Equal(ExitCodes.Success, GraderApp.Run(["train", "--rubric", rubric], console));
        var seed = Path.Combine(Path.GetDirectoryName(rubric)!, "model-essay.txt");
        File.AppendAllText(seed, "\n\nA new closing paragraph about Soviet experts and the 1954 visit by Khrushchev to Beijing.\n");

        var result = MarkSchemeTrainer.LoadOrTrain(rubric);

        Assert.True(result.Succeeded);
        Assert.Contains(result.Notices, n => n.Code == LoadNoticeCodes.SimilarityModelStale && n.Message.Contains("retrained in memory", StringComparison.Ordinal));
    }

    [Fact]
    public void Train_AnotherSeedOverASavedModel_RefusesUnlessForcedOrWrittenElsewhere()
    {
        var rubric = CopyBundledQuestion();
        var folder = Path.GetDirectoryName(rubric)!;
        var model = Path.Combine(folder, "similarity.model");
        File.Copy(Path.Combine(RepositoryRoot(), "data", "soviet-union-prc", "similarity.model"), model);
        var committed = File.ReadAllBytes(model);

        var refused = CliRun.In(_directory, "train", "--rubric", rubric, "--seed", "7");
        var elsewhere = CliRun.In(_directory, "train", "--rubric", rubric, "--seed", "7", "--out", "seed7.model");
        var same = CliRun.In(_directory, "train", "--rubric", rubric);
        var keptAfterRefusal = File.ReadAllBytes(model);
        var forced = CliRun.In(_directory, "train", "--rubric", rubric, "--seed", "7", "--force");

        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Contains("holds a different similarity model", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--out <file>", refused.Error, StringComparison.Ordinal);
        Assert.Equal(committed, keptAfterRefusal);
        Assert.Equal(ExitCodes.Success, elsewhere.ExitCode);
        Assert.NotEqual(committed, File.ReadAllBytes(Path.Combine(_directory, "seed7.model")));
        Assert.Equal(ExitCodes.Success, same.ExitCode);
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_directory, "seed7.model")), File.ReadAllBytes(model));
    }
}
