using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Grader.Similarity;

/// <summary>
/// The saved form of a <see cref="SimilarityModel"/>: a small little-endian binary file.
/// <code>
/// Header (52 bytes)
///   8 bytes   magic, ASCII "GRSIMMDL"
///   int32     format version (<see cref="FormatVersion"/>)
///   int32     featurizer version (<see cref="SimilarityFeaturizer.Version"/>)
///   int32     payload length in bytes
///   32 bytes  SHA-256 of the payload
/// Payload (strings: 7-bit-encoded byte length + UTF-8, as BinaryWriter writes them)
///   string    training fingerprint (SHA-256 hex)
///   int32     seed; int32 document count
///   int32 U;  U × (string unigram, float32 idf)              ordinal order
///   int32 B;  B × (int32 left, int32 right, float32 idf)     unigram indices, ordered by (left, right)
///   int32 C;  C × (string character n-gram, float32 idf)     ordinal order
///   vector    model essay
///   int32 P;  P × vector                                      model-essay paragraphs
///   int32 K;  K × (string key point id, vector)
///   int32 E;  E × vector                                      exemplars
/// vector: int32 n; n × int32 index (strictly increasing); n × float32 value
/// </code>
/// The same model always gives the same bytes. Reading never involves ML.NET; any damage, truncation or version
/// mismatch is an <see cref="InvalidDataException"/> that says what is wrong and to retrain with <c>grader train</c>.
/// </summary>
internal static class SimilarityModelFile
{
    /// <summary>The format version written and read.</summary>
    public const int FormatVersion = 1;

    private const int HeaderLength = 8 + 4 + 4 + 4 + 32;
    private const string Retrain = "Retrain the similarity model with `grader train` to write a fresh file.";
    private static readonly byte[] Magic = "GRSIMMDL"u8.ToArray();

    /// <summary>Writes <paramref name="model"/> to <paramref name="stream"/>.</summary>
    public static void Write(SimilarityModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        using var payloadStream = new MemoryStream();
        using (var writer = new BinaryWriter(payloadStream, new UTF8Encoding(false, true), leaveOpen: true))
        {
            WritePayload(model, writer);
        }

        var payload = payloadStream.GetBuffer().AsSpan(0, (int)payloadStream.Length);
        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], SimilarityFeaturizer.Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], payload.Length);
        SHA256.HashData(payload, header[20..]);
        stream.Write(header);
        stream.Write(payload);
    }

    /// <summary>Reads a model from <paramref name="stream"/> (to its end).</summary>
    public static SimilarityModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        if (bytes.Length < HeaderLength)
        {
            throw Invalid($"The similarity model file is truncated: it has {bytes.Length} bytes, fewer than its {HeaderLength}-byte header.");
        }

        var header = bytes.AsSpan(0, HeaderLength);
        if (!header[..8].SequenceEqual(Magic))
        {
            throw Invalid("This is not a Grader similarity model file (it does not start with \"GRSIMMDL\").");
        }

        var formatVersion = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (formatVersion != FormatVersion)
        {
            throw Invalid($"The similarity model file has format version {formatVersion}, but this Grader reads version {FormatVersion}.");
        }

        var featurizerVersion = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        if (featurizerVersion != SimilarityFeaturizer.Version)
        {
            throw Invalid($"The similarity model was fitted with featurizer version {featurizerVersion}, but this Grader featurizes text with version {SimilarityFeaturizer.Version}, so its scores would be wrong.");
        }

        var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        var actualLength = bytes.Length - HeaderLength;
        if (payloadLength != actualLength)
        {
            throw Invalid(actualLength < payloadLength
                ? $"The similarity model file is truncated: its header promises {payloadLength} bytes of data, but only {actualLength} follow."
                : $"The similarity model file has {actualLength - payloadLength} unexpected bytes after its data.");
        }

        var payload = bytes.AsSpan(HeaderLength);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        if (!hash.SequenceEqual(header[20..]))
        {
            throw Invalid("The similarity model file is corrupt: its checksum does not match its data.");
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, HeaderLength, payloadLength, writable: false), new UTF8Encoding(false, true));
            var model = ReadPayload(reader);
            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw Invalid("The similarity model file has data left over after the model.");
            }

            return model;
        }
        catch (Exception exception) when (exception is EndOfStreamException or ArgumentException or DecoderFallbackException or FormatException or IOException)
        {
            throw new InvalidDataException($"The similarity model file is malformed: {exception.Message} {Retrain}", exception);
        }
    }

    private static void WritePayload(SimilarityModel model, BinaryWriter writer)
    {
        writer.Write(model.Fingerprint);
        writer.Write(model.Seed);
        writer.Write(model.DocumentCount);
        var vocabulary = model.Vocabulary;
        writer.Write(vocabulary.Unigrams.Length);
        for (var i = 0; i < vocabulary.Unigrams.Length; i++)
        {
            writer.Write(vocabulary.Unigrams[i]);
            writer.Write(vocabulary.UnigramIdf[i]);
        }

        writer.Write(vocabulary.BigramLeft.Length);
        for (var j = 0; j < vocabulary.BigramLeft.Length; j++)
        {
            writer.Write(vocabulary.BigramLeft[j]);
            writer.Write(vocabulary.BigramRight[j]);
            writer.Write(vocabulary.BigramIdf[j]);
        }

        writer.Write(vocabulary.CharGrams.Length);
        for (var k = 0; k < vocabulary.CharGrams.Length; k++)
        {
            writer.Write(vocabulary.CharGrams[k]);
            writer.Write(vocabulary.CharGramIdf[k]);
        }

        WriteVector(writer, model.ModelEssay);
        writer.Write(model.ModelEssayParagraphs.Count);
        foreach (var paragraph in model.ModelEssayParagraphs)
        {
            WriteVector(writer, paragraph);
        }

        writer.Write(model.KeyPoints.Count);
        foreach (var keyPoint in model.KeyPoints)
        {
            writer.Write(keyPoint.Id);
            WriteVector(writer, keyPoint.Vector);
        }

        writer.Write(model.Exemplars.Count);
        foreach (var exemplar in model.Exemplars)
        {
            WriteVector(writer, exemplar);
        }
    }

    private static SimilarityModel ReadPayload(BinaryReader reader)
    {
        var fingerprint = reader.ReadString();
        var seed = reader.ReadInt32();
        var documentCount = reader.ReadInt32();
        if (documentCount < 0)
        {
            throw Invalid($"The similarity model file gives a negative document count ({documentCount}).");
        }

        var unigramCount = ReadCount(reader, "word unigrams", 5);
        var unigrams = new string[unigramCount];
        var unigramIdf = new float[unigramCount];
        for (var i = 0; i < unigramCount; i++)
        {
            unigrams[i] = reader.ReadString();
            unigramIdf[i] = reader.ReadSingle();
        }

        var bigramCount = ReadCount(reader, "word bigrams", 12);
        var left = new int[bigramCount];
        var right = new int[bigramCount];
        var bigramIdf = new float[bigramCount];
        for (var j = 0; j < bigramCount; j++)
        {
            left[j] = reader.ReadInt32();
            right[j] = reader.ReadInt32();
            bigramIdf[j] = reader.ReadSingle();
        }

        var gramCount = ReadCount(reader, "character n-grams", 5);
        var grams = new string[gramCount];
        var gramIdf = new float[gramCount];
        for (var k = 0; k < gramCount; k++)
        {
            grams[k] = reader.ReadString();
            gramIdf[k] = reader.ReadSingle();
        }

        var vocabulary = new SimilarityVocabulary(unigrams, unigramIdf, left, right, bigramIdf, grams, gramIdf);
        var dimension = vocabulary.Size;
        var modelEssay = ReadVector(reader, dimension);
        var paragraphs = new SparseVector[ReadCount(reader, "model-essay paragraphs", 4)];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = ReadVector(reader, dimension);
        }

        var keyPoints = new KeyPointVector[ReadCount(reader, "key points", 5)];
        for (var i = 0; i < keyPoints.Length; i++)
        {
            var id = reader.ReadString();
            keyPoints[i] = new KeyPointVector(id, ReadVector(reader, dimension));
        }

        var exemplars = new SparseVector[ReadCount(reader, "exemplars", 4)];
        for (var i = 0; i < exemplars.Length; i++)
        {
            exemplars[i] = ReadVector(reader, dimension);
        }

        return new SimilarityModel(
            new SimilarityVectorizer(vocabulary),
            fingerprint,
            seed,
            documentCount,
            modelEssay,
            paragraphs,
            keyPoints,
            exemplars);
    }

    private static void WriteVector(BinaryWriter writer, SparseVector vector)
    {
        writer.Write(vector.Count);
        foreach (var index in vector.Indices)
        {
            writer.Write(index);
        }

        foreach (var value in vector.Values)
        {
            writer.Write(value);
        }
    }

    private static SparseVector ReadVector(BinaryReader reader, int dimension)
    {
        var count = ReadCount(reader, "vector entries", 8);
        var indices = new int[count];
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            indices[i] = reader.ReadInt32();
            if ((uint)indices[i] >= (uint)dimension)
            {
                throw Invalid($"The similarity model file holds a vector index {indices[i]} outside its {dimension}-term vocabulary.");
            }
        }

        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return SparseVector.FromSorted(indices, values);
    }

    private static int ReadCount(BinaryReader reader, string what, int minimumBytesEach)
    {
        var count = reader.ReadInt32();
        var remaining = reader.BaseStream.Length - reader.BaseStream.Position;
        if (count < 0 || (long)count * minimumBytesEach > remaining)
        {
            throw Invalid($"The similarity model file gives an impossible number of {what} ({count}).");
        }

        return count;
    }

    private static InvalidDataException Invalid(string problem) => new($"{problem} {Retrain}");
}
