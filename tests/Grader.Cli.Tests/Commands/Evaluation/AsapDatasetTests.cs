using System.Text;
using Grader.Cli.Commands.Evaluation;

namespace Grader.Cli.Tests.Commands.Evaluation;

/// <summary>Reading the ASAP-AES folder, on small files written here (the tests never need the data set).</summary>
public sealed class AsapDatasetTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grader-asap-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Read_Utf8FileWithCurlyQuotes_KeepsEachMarkOneCharacter()
    {
        // Written for this test: an answer with a curly apostrophe and a curly quotation.
        const string Essay = "She didn\u2019t give up: \u201Cthen I will take the test again\u201D, she said.";
        var data = ReadFolder(Encoding.UTF8, Essay);

        Assert.Equal(Essay, data.Essays[7].Text);
    }

    [Fact]
    public void Read_Latin1File_ReadsItsAccentedLetters()
    {
        const string Essay = "The caf\u00E9 was closed, so the r\u00E9sum\u00E9 waited.";
        var data = ReadFolder(Encoding.Latin1, Essay);

        Assert.Equal(Essay, data.Essays[7].Text);
    }

    private AsapDataset ReadFolder(Encoding encoding, string essay)
    {
        var scores = "2\t2\t\t2" + new string('\t', 21);
        var header = "essay_id\tessay_set\tessay\t" + string.Join('\t', Enumerable.Range(1, 25).Select(i => $"c{i}"));
        File.WriteAllText(Path.Combine(_directory, AsapDataset.EssaysFile), $"{header}\r\n7\t3\t\"{essay}\"\t{scores}\r\n", encoding);
        var fold = Directory.CreateDirectory(Path.Combine(_directory, "folds", "fold_0")).FullName;
        File.WriteAllText(Path.Combine(fold, "train_ids.txt"), "");
        File.WriteAllText(Path.Combine(fold, "dev_ids.txt"), "");
        File.WriteAllText(Path.Combine(fold, "test_ids.txt"), "7\n");
        return AsapDataset.Read(_directory, out var problem) ?? throw new InvalidOperationException(problem);
    }
}
