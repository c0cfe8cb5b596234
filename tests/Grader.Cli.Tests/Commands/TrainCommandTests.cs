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

    /// <summary>A copy of the bundled question in a temporary folder, so training writes there.</summary>
    private string CopyBundledQuestion()
    {
        var root = RepositoryRoot();
        var data = Path.Combine(_directory, "data", "soviet-union-prc");
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(Path.Combine(_directory, "seeds"));
        foreach (var file in new[] { "rubric.json", "answer-key.json" })
        {
            File.Copy(Path.Combine(root, "data", "soviet-union-prc", file), Path.Combine(data, file));
        }

        File.Copy(Path.Combine(root, "seeds", "000_98c4dcf6fd94ba68.txt"), Path.Combine(_directory, "seeds", "000_98c4dcf6fd94ba68.txt"));
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
        var seed = Path.Combine(_directory, "seeds", "000_98c4dcf6fd94ba68.txt");
        File.AppendAllText(seed, "\n\nA new closing paragraph about Soviet experts and the 1954 visit by Khrushchev to Beijing.\n");

        var result = MarkSchemeTrainer.LoadOrTrain(rubric);

        Assert.True(result.Succeeded);
        Assert.Contains(result.Notices, n => n.Code == LoadNoticeCodes.SimilarityModelStale && n.Message.Contains("retrained in memory", StringComparison.Ordinal));
    }
}
