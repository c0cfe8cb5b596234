using System.IO.Compression;
using System.Text;

namespace Grader.Similarity;

/// <summary>
/// The compact file form of a <see cref="BackgroundDocumentFrequencies"/> table: gzip of a little-endian binary
/// stream — the magic <c>GRDF</c>, the format version, the <see cref="SimilarityFeaturizer.Version"/> the terms were
/// made with, the document count, then three sections (word unigrams, word bigrams, character n-grams), each a count
/// followed by its terms in ordinal order, every term written as the length of the prefix it shares with the previous
/// term, the rest of it, and its document frequency (7-bit encoded integers). The same table always gives the same bytes.
/// </summary>
internal static class BackgroundDocumentFrequencyFile
{
    /// <summary>The version of this layout.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "GRDF"u8;

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/> (left open).</summary>
    public static void Write(Stream stream, BackgroundDocumentFrequencies table)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(SimilarityFeaturizer.Version);
        writer.Write(table.DocumentCount);
        WriteSection(writer, table.Unigrams);
        WriteSection(writer, table.Bigrams);
        WriteSection(writer, table.CharGrams);
    }

    /// <summary>
    /// Reads a table; <see cref="InvalidDataException"/> when the stream is not one, or was made with another
    /// featurisation (then its keys would not match the model's terms and it must be rebuilt).
    /// </summary>
    public static BackgroundDocumentFrequencies Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        try
        {
            Span<byte> magic = stackalloc byte[Magic.Length];
            reader.BaseStream.ReadExactly(magic);
            Require(magic.SequenceEqual(Magic), "it does not start with GRDF");
            var format = reader.ReadInt32();
            Require(format == FormatVersion, $"its format version is {format}, this engine reads {FormatVersion}");
            var featurizer = reader.ReadInt32();
            Require(
                featurizer == SimilarityFeaturizer.Version,
                $"its terms were made with featurisation version {featurizer}, this engine uses {SimilarityFeaturizer.Version}: rebuild it (docs/english-df.md)");
            var documents = reader.ReadInt32();
            Require(documents >= 0, "its document count is negative");
            var unigrams = ReadSection(reader);
            var bigrams = ReadSection(reader);
            var charGrams = ReadSection(reader);
            return new BackgroundDocumentFrequencies(documents, unigrams, bigrams, charGrams);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException("Not a valid background document-frequency table: " + e.Message, e);
        }
    }

    private static void WriteSection(BinaryWriter writer, IReadOnlyDictionary<string, int> counts)
    {
        var terms = counts.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        writer.Write(terms.Length);
        var previous = "";
        foreach (var term in terms)
        {
            var shared = previous.AsSpan().CommonPrefixLength(term);
            writer.Write7BitEncodedInt(shared);
            writer.Write(term[shared..]);
            writer.Write7BitEncodedInt(counts[term]);
            previous = term;
        }
    }

    private static Dictionary<string, int> ReadSection(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        Require(count >= 0, "a section count is negative");
        var counts = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var previous = "";
        for (var i = 0; i < count; i++)
        {
            var shared = reader.Read7BitEncodedInt();
            Require(shared >= 0 && shared <= previous.Length, "a term shares more than the previous term holds");
            var term = string.Concat(previous.AsSpan(0, shared), reader.ReadString());
            Require(string.CompareOrdinal(previous, term) < 0, "its terms are not distinct and in ordinal order");
            counts.Add(term, reader.Read7BitEncodedInt());
            previous = term;
        }

        return counts;
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException("Not a valid background document-frequency table: " + problem + ".");
        }
    }
}
