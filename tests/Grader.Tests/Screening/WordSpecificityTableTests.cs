using Grader.Screening;
using Grader.Similarity;
using Grader.Tests.Support;
using Grader.Text;

namespace Grader.Tests.Screening;

public sealed class WordSpecificityTableTests
{
    private static string ShippedPath => Path.Combine(RepositoryPaths.Root, "src", "Grader", "Screening", "english-word-specificity.bin");

    /// <summary>
    /// The shipped table is exactly what the background document-frequency table gives (regenerate it with
    /// GRADER_UPDATE_WORD_SPECIFICITY=1 after the background table or the stemmer changes).
    /// </summary>
    [Fact]
    public void English_RebuiltFromTheBackgroundTable_SameBytesAsShipped()
    {
        using var rebuilt = new MemoryStream();
        WordSpecificityTable.Build(BackgroundDocumentFrequencies.English).Write(rebuilt);

        if (Environment.GetEnvironmentVariable("GRADER_UPDATE_WORD_SPECIFICITY") == "1")
        {
            File.WriteAllBytes(ShippedPath, rebuilt.ToArray());
        }

        Assert.Equal(File.ReadAllBytes(ShippedPath), rebuilt.ToArray());
    }

    [Fact]
    public void English_CommonAndRareWords_CommonWeighLess()
    {
        var table = WordSpecificityTable.English;

        Assert.True(table.TryGetIdf(LightStemmer.StemHash("government"), out var common));
        Assert.True(table.TryGetIdf(LightStemmer.StemHash("treaty"), out var rarer));
        Assert.True(common < rarer, $"government {common}, treaty {rarer}");
        Assert.True(rarer < table.UnknownIdf);
        Assert.False(table.TryGetIdf(LightStemmer.StemHash("Zhdanovshchina"), out _));
    }

    [Fact]
    public void English_InflectedForms_ShareTheirStemsWeight()
    {
        var table = WordSpecificityTable.English;

        Assert.True(table.TryGetIdf(LightStemmer.StemHash("treaties"), out var plural));
        Assert.True(table.TryGetIdf(LightStemmer.StemHash("Treaty"), out var singular));
        Assert.Equal(singular, plural);
    }

    [Fact]
    public void Read_NotATable_InvalidData()
    {
        using var stream = new MemoryStream([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

        Assert.Throws<InvalidDataException>(() => WordSpecificityTable.Read(stream));
    }
}
