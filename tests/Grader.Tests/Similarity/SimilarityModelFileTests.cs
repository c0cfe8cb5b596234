using Grader.Similarity;

namespace Grader.Tests.Similarity;

public sealed class SimilarityModelFileTests
{
    [Fact]
    public void Save_TrainedTwiceOnTheSameSet_WritesByteIdenticalFiles()
    {
        var first = Bytes(SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet(), seed: 7));
        var second = Bytes(SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet(), seed: 7));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Load_SavedModel_VectorizesExactlyAsTheOriginal()
    {
        var original = SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet());

        var loaded = SimilarityModel.Load(new MemoryStream(Bytes(original)));

        foreach (var text in SimilarityTestTexts.StudentTexts)
        {
            AssertSameVector(original.Vectorize(text), loaded.Vectorize(text));
        }

        AssertSameVector(original.ModelEssay, loaded.ModelEssay);
        Assert.Equal(original.KeyPoints.Select(k => k.Id), loaded.KeyPoints.Select(k => k.Id));
        for (var i = 0; i < original.KeyPoints.Count; i++)
        {
            AssertSameVector(original.KeyPoints[i].Vector, loaded.KeyPoints[i].Vector);
        }

        Assert.Equal(original.ModelEssayParagraphs.Count, loaded.ModelEssayParagraphs.Count);
        Assert.Equal(original.Exemplars.Count, loaded.Exemplars.Count);
        AssertSameVector(original.Exemplars[0], loaded.Exemplars[0]);
        Assert.Equal(original.Fingerprint, loaded.Fingerprint);
        Assert.Equal(original.Seed, loaded.Seed);
        Assert.Equal(original.DocumentCount, loaded.DocumentCount);
        Assert.Equal(original.VocabularySize, loaded.VocabularySize);
    }

    [Fact]
    public void Save_LoadedModel_WritesTheSameBytesAgain()
    {
        var bytes = Bytes(SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet()));

        var again = Bytes(SimilarityModel.Load(new MemoryStream(bytes)));

        Assert.Equal(bytes, again);
    }

    [Fact]
    public void Fingerprint_TrainedModel_MatchesTheTrainingSetAndChangesWithIt()
    {
        var set = SimilarityTestTexts.TrainingSet();
        var model = SimilarityTrainer.Train(set);
        var changed = new SimilarityTrainingSet(set.ModelEssay, set.ModelEssayParagraphs, set.KeyPoints, []);

        Assert.Equal(set.ComputeFingerprint(), model.Fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", model.Fingerprint);
        Assert.NotEqual(set.ComputeFingerprint(), changed.ComputeFingerprint());
        Assert.True(model.IsTrainedOn(set));
        Assert.False(model.IsTrainedOn(changed));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(51)]
    [InlineData(60)]
    [InlineData(-1)]
    public void Load_TruncatedFile_ThrowsInvalidDataExceptionSayingTruncatedAndHowToFix(int keptBytes)
    {
        var bytes = Bytes(SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet()));
        var length = keptBytes < 0 ? bytes.Length - 1 : keptBytes;

        var exception = Assert.Throws<InvalidDataException>(() => SimilarityModel.Load(new MemoryStream(bytes[..length])));

        Assert.Contains("truncated", exception.Message, StringComparison.Ordinal);
        Assert.Contains("grader train", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongFormatVersion_ThrowsInvalidDataExceptionNamingBothVersions()
    {
        var bytes = Bytes(SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet()));
        bytes[8] = 99;

        var exception = Assert.Throws<InvalidDataException>(() => SimilarityModel.Load(new MemoryStream(bytes)));

        Assert.Contains("format version 99", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"reads version {SimilarityModel.FormatVersion}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("grader train", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherFeaturizerVersion_ThrowsInvalidDataExceptionSayingScoresWouldBeWrong()
    {
        var bytes = Bytes(SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet()));
        bytes[12] = 42;

        var exception = Assert.Throws<InvalidDataException>(() => SimilarityModel.Load(new MemoryStream(bytes)));

        Assert.Contains("featurizer version 42", exception.Message, StringComparison.Ordinal);
        Assert.Contains("grader train", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FlippedPayloadByte_ThrowsInvalidDataExceptionSayingCorrupt()
    {
        var bytes = Bytes(SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet()));
        bytes[^10] ^= 0x40;

        var exception = Assert.Throws<InvalidDataException>(() => SimilarityModel.Load(new MemoryStream(bytes)));

        Assert.Contains("corrupt", exception.Message, StringComparison.Ordinal);
        Assert.Contains("grader train", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotAModelFile_ThrowsInvalidDataExceptionSayingSo()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(new string('x', 200));

        var exception = Assert.Throws<InvalidDataException>(() => SimilarityModel.Load(new MemoryStream(bytes)));

        Assert.Contains("not a Grader similarity model", exception.Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(SimilarityModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static void AssertSameVector(SparseVector expected, SparseVector actual)
    {
        Assert.Equal(expected.Indices.ToArray(), actual.Indices.ToArray());
        Assert.Equal(expected.Values.ToArray(), actual.Values.ToArray());
    }
}
