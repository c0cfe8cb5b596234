using Grader.Similarity;

namespace Grader.Tests.Similarity;

public sealed class SimilarityModelBehaviourTests
{
    private static readonly SimilarityModel Model = SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet());

    [Fact]
    public void Cosine_ParaphraseOfKeyPoint_ScoresClearlyAboveUnrelatedParagraph()
    {
        var keyPoint = Model.KeyPoints.Single(k => k.Id == "kp-invasion").Vector;
        var paraphrase = Model.Vectorize("Soviet tanks crushed the rising in Budapest after Nagy said Hungary would quit the Warsaw Pact.");
        var unrelated = Model.Vectorize("Photosynthesis converts sunlight into chemical energy inside the chloroplasts of green plants.");

        var paraphraseScore = SimilarityModel.Cosine(paraphrase, keyPoint);
        var unrelatedScore = SimilarityModel.Cosine(unrelated, keyPoint);

        Assert.True(paraphraseScore > 0.4, $"paraphrase scored {paraphraseScore}");
        Assert.True(paraphraseScore > unrelatedScore + 0.3, $"paraphrase {paraphraseScore}, unrelated {unrelatedScore}");
    }

    [Fact]
    public void Cosine_KeyPointAgainstItself_IsOne()
    {
        var keyPoint = Model.KeyPoints[0].Vector;

        Assert.Equal(1, SimilarityModel.Cosine(Model.Vectorize(SimilarityTestTexts.KeyPointSpeech), keyPoint), 1e-6);
    }

    [Theory]
    [InlineData("Khruschev")]
    [InlineData("Kruschev")]
    [InlineData("Krushchev")]
    public void Cosine_MisspeltName_ScoresAboveZeroThroughCharacterNgrams(string misspelling)
    {
        var vector = Model.Vectorize(misspelling);
        var correct = Model.Vectorize("Khrushchev");

        Assert.All(vector.Indices.ToArray(), index => Assert.StartsWith("char:", Model.DescribeTerm(index), StringComparison.Ordinal));
        Assert.True(SimilarityModel.Cosine(vector, correct) > 0.3, $"{misspelling}: {SimilarityModel.Cosine(vector, correct)}");
        Assert.True(SimilarityModel.Cosine(vector, Model.KeyPoints[0].Vector) > 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("the of and to")]
    [InlineData("— … “ ” !?")]
    public void Vectorize_TextWithoutContentWords_GivesEmptyVectorAndZeroCosine(string text)
    {
        var vector = Model.Vectorize(text);

        Assert.True(vector.IsEmpty);
        Assert.Equal(0, vector.Norm);
        Assert.Equal(0, SimilarityModel.Cosine(vector, Model.ModelEssay));
        Assert.Equal(0, SimilarityModel.Cosine(vector, vector));
    }

    [Fact]
    public void Vectorize_AnyText_IsUnitLengthWithSortedIndices()
    {
        foreach (var text in SimilarityTestTexts.StudentTexts)
        {
            var vector = Model.Vectorize(text);
            if (vector.IsEmpty)
            {
                continue;
            }

            Assert.Equal(1, vector.Norm, 1e-5);
            for (var i = 1; i < vector.Count; i++)
            {
                Assert.True(vector.Indices[i] > vector.Indices[i - 1]);
            }
        }
    }

    [Fact]
    public void Vectorize_CaseQuotesAndDiacritics_AreNormalisedAway()
    {
        var plain = Model.Vectorize("Khrushchev's secret speech denounced Stalin; Gomulka returned");
        var styled = Model.Vectorize("KHRUSHCHEV’S “Secret Speech” — denounced STALIN… Gomułka returned");

        Assert.Equal(plain.Indices.ToArray(), styled.Indices.ToArray());
        Assert.Equal(plain.Values.ToArray(), styled.Values.ToArray());
    }

    [Fact]
    public void Vectorize_ManyTextsInParallel_GivesExactlyTheSequentialResults()
    {
        var texts = Enumerable.Range(0, 400)
            .Select(i => SimilarityTestTexts.StudentTexts[i % SimilarityTestTexts.StudentTexts.Count] + " " + SimilarityTestTexts.Exemplar[..(i % 120)])
            .ToArray();
        var sequential = texts.Select(text => Model.Vectorize(text)).ToArray();
        var parallel = new SparseVector[texts.Length];

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Model.Vectorize(texts[i]));

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(sequential[i].Indices.ToArray(), parallel[i].Indices.ToArray());
            Assert.Equal(sequential[i].Values.ToArray(), parallel[i].Values.ToArray());
        }
    }

    [Fact]
    public void Train_Metadata_DescribesTheTrainingSet()
    {
        var set = SimilarityTestTexts.TrainingSet();

        var model = SimilarityTrainer.Train(set, seed: 3);

        Assert.Equal(3, model.Seed);
        Assert.Equal(7, model.DocumentCount);
        Assert.Equal(model.Vocabulary.Size, model.VocabularySize);
        Assert.Equal(3, model.ModelEssayParagraphs.Count);
        Assert.Equal(["kp-speech", "kp-invasion", "kp-west"], model.KeyPoints.Select(k => k.Id));
        Assert.Single(model.Exemplars);
    }

    [Fact]
    public void Train_NoContentWords_ThrowsArgumentException()
    {
        var set = new SimilarityTrainingSet("the and of", [], [new KeyPointText("kp", "  ")], []);

        Assert.Throws<ArgumentException>(() => SimilarityTrainer.Train(set));
    }

    [Fact]
    public void TrainingSet_DuplicateKeyPointId_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new SimilarityTrainingSet(
            "essay", [], [new KeyPointText("kp", "one"), new KeyPointText("kp", "two")], []));
    }
}
