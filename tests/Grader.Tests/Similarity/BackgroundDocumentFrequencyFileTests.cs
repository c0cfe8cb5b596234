using System.IO.Compression;
using Grader.Similarity;

namespace Grader.Tests.Similarity;

public sealed class BackgroundDocumentFrequencyFileTests
{
    [Fact]
    public void Read_WrittenTable_GivesTheSameCounts()
    {
        var table = new BackgroundDocumentFrequencies(
            5,
            new Dictionary<string, int> { ["treaty"] = 3, ["treason"] = 1, ["alliance"] = 5 },
            new Dictionary<string, int> { ["treaty|alliance"] = 2 },
            new Dictionary<string, int> { ["<tr"] = 4, ["aty>"] = 3, ["<tre"] = 4 });

        var read = RoundTrip(table);

        Assert.Equal(5, read.DocumentCount);
        Assert.Equal(table.Unigrams.OrderBy(p => p.Key, StringComparer.Ordinal), read.Unigrams.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(table.Bigrams.OrderBy(p => p.Key, StringComparer.Ordinal), read.Bigrams.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(table.CharGrams.OrderBy(p => p.Key, StringComparer.Ordinal), read.CharGrams.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ShippedTable_WritesBackToTheSameBytes()
    {
        using var stream = new MemoryStream();
        BackgroundDocumentFrequencyFile.Write(stream, BackgroundDocumentFrequencies.English);
        using var again = new MemoryStream();
        stream.Position = 0;
        BackgroundDocumentFrequencyFile.Write(again, BackgroundDocumentFrequencyFile.Read(stream));

        Assert.Equal(stream.ToArray(), again.ToArray());
    }

    [Fact]
    public void Read_NotATable_ThrowsInvalidData()
    {
        using var stream = new MemoryStream(Gzip([1, 2, 3, 4, 5, 6, 7, 8]));

        var error = Assert.Throws<InvalidDataException>(() => BackgroundDocumentFrequencyFile.Read(stream));
        Assert.Contains("GRDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherFeaturizerVersion_ThrowsAndSaysRebuild()
    {
        using var raw = new MemoryStream();
        using (var writer = new BinaryWriter(raw, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("GRDF"u8);
            writer.Write(BackgroundDocumentFrequencyFile.FormatVersion);
            writer.Write(SimilarityFeaturizer.Version + 1);
            writer.Write(0);
        }

        using var stream = new MemoryStream(Gzip(raw.ToArray()));

        var error = Assert.Throws<InvalidDataException>(() => BackgroundDocumentFrequencyFile.Read(stream));
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedTable_ThrowsInvalidData()
    {
        using var full = new MemoryStream();
        BackgroundDocumentFrequencyFile.Write(full, new BackgroundDocumentFrequencies(2, new Dictionary<string, int> { ["treaty"] = 2 }, new Dictionary<string, int>(), new Dictionary<string, int>()));
        using var raw = new MemoryStream();
        full.Position = 0;
        using (var gzip = new GZipStream(full, CompressionMode.Decompress))
        {
            gzip.CopyTo(raw);
        }

        using var stream = new MemoryStream(Gzip(raw.ToArray()[..^3]));

        Assert.Throws<InvalidDataException>(() => BackgroundDocumentFrequencyFile.Read(stream));
    }

    private static BackgroundDocumentFrequencies RoundTrip(BackgroundDocumentFrequencies table)
    {
        using var stream = new MemoryStream();
        BackgroundDocumentFrequencyFile.Write(stream, table);
        stream.Position = 0;
        return BackgroundDocumentFrequencyFile.Read(stream);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
