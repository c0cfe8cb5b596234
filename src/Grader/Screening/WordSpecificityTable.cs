using System.IO.Compression;
using Grader.Similarity;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// How specific each English word is: the inverse document frequency of its stem (<see cref="LightStemmer"/>; the lowest
/// of the words sharing it) in the background table <see cref="BackgroundDocumentFrequencies.English"/>, keyed by the
/// stem's <see cref="WordHash"/> so an essay's words are looked up without building strings. It is derived from the
/// background table and shipped beside it because it loads in milliseconds where the whole table (bigrams and
/// character n-grams too) takes about half a second; a test rebuilds it from the table and checks the shipped bytes.
/// File form: gzip of the magic <c>GWSP</c>, a format version, the count, then each stem hash (little-endian, ascending)
/// with its IDF as a 32-bit float. Immutable and thread-safe.
/// </summary>
internal sealed class WordSpecificityTable
{
    public const string EnglishResourceName = "Grader.Screening.english-word-specificity.bin";

    private const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "GWSP"u8;

    private static readonly Lazy<WordSpecificityTable> s_english = new(LoadEnglish, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<ulong, float> _idf;

    private WordSpecificityTable(Dictionary<ulong, float> idf, float unknownIdf)
    {
        _idf = idf;
        UnknownIdf = unknownIdf;
    }

    /// <summary>The table shipped with the engine, read once on first use.</summary>
    public static WordSpecificityTable English => s_english.Value;

    /// <summary>The IDF of a word general English never uses (the most specific).</summary>
    public float UnknownIdf { get; }

    public int Count => _idf.Count;

    /// <summary>The IDF of the stem with hash <paramref name="stemHash"/>; false when general English lacks it.</summary>
    public bool TryGetIdf(ulong stemHash, out float idf) => _idf.TryGetValue(stemHash, out idf);

    /// <summary>Derives the table from a background document-frequency table.</summary>
    public static WordSpecificityTable Build(BackgroundDocumentFrequencies background)
    {
        ArgumentNullException.ThrowIfNull(background);
        var idf = new Dictionary<ulong, float>(background.Unigrams.Count);
        foreach (var (word, frequency) in background.Unigrams)
        {
            var stem = LightStemmer.StemHash(word);
            var value = (float)background.Idf(frequency);
            if (!idf.TryGetValue(stem, out var existing) || value < existing)
            {
                idf[stem] = value;
            }
        }

        return new WordSpecificityTable(idf, (float)background.Idf(0));
    }

    /// <summary>Writes the table (the same table always gives the same bytes).</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(UnknownIdf);
        writer.Write(_idf.Count);
        foreach (var (hash, idf) in _idf.OrderBy(pair => pair.Key))
        {
            writer.Write(hash);
            writer.Write(idf);
        }
    }

    /// <summary>Reads a table; <see cref="InvalidDataException"/> when the stream is not one.</summary>
    public static WordSpecificityTable Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        try
        {
            Span<byte> magic = stackalloc byte[Magic.Length];
            gzip.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("This is not a word-specificity table of this engine's format.");
            }

            var unknown = reader.ReadSingle();
            var count = reader.ReadInt32();
            if (count < 0 || count > 10_000_000)
            {
                throw new InvalidDataException($"The word-specificity table claims {count} entries.");
            }

            var idf = new Dictionary<ulong, float>(count);
            for (var i = 0; i < count; i++)
            {
                idf[reader.ReadUInt64()] = reader.ReadSingle();
            }

            return new WordSpecificityTable(idf, unknown);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException("The word-specificity table is cut short.", exception);
        }
    }

    private static WordSpecificityTable LoadEnglish()
    {
        using var stream = typeof(WordSpecificityTable).Assembly.GetManifestResourceStream(EnglishResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded resource {EnglishResourceName}: the build is broken.");
        return Read(stream);
    }
}
