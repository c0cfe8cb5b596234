using Grader.Similarity;
using Grader.Text;

namespace Grader.Tests.Similarity;

public sealed class ReferenceMatrixTests
{
    private static readonly SimilarityModel Model = SimilarityTrainer.Train(SimilarityTestTexts.TrainingSet());

    [Fact]
    public void Cosines_EveryStudentText_EqualToPairwiseCosines()
    {
        foreach (var text in SimilarityTestTexts.StudentTexts)
        {
            var vector = Model.Vectorize(text);
            var keyPoints = new double[Model.KeyPointReferences.Count];
            var essays = new double[Model.EssayReferences.Count];

            Model.KeyPointReferences.Cosines(vector, keyPoints);
            Model.EssayReferences.Cosines(vector, essays);

            for (var k = 0; k < Model.KeyPoints.Count; k++)
            {
                Assert.Equal(SparseVector.Cosine(vector, Model.KeyPoints[k].Vector), keyPoints[k], 6);
            }

            Assert.Equal(SparseVector.Cosine(vector, Model.ModelEssay), essays[0], 6);
            Assert.Equal(SparseVector.Cosine(vector, Model.Exemplars[0]), essays[1], 6);
        }
    }

    [Theory]
    [InlineData(12)]
    [InlineData(30)]
    public void ScoreParts_KeyPointsFillingSeveralBlocksOrMoreThanRegisters_EqualToPairwiseCosines(int keyPointCount)
    {
        var keyPoints = Enumerable.Range(0, keyPointCount)
            .Select(i => new KeyPointText($"kp-{i}", SimilarityTestTexts.StudentTexts[i % SimilarityTestTexts.StudentTexts.Count] + $" point {i}"))
            .ToArray();
        var model = SimilarityTrainer.Train(new SimilarityTrainingSet(
            SimilarityTestTexts.ParagraphOne, [SimilarityTestTexts.ParagraphOne], keyPoints, [SimilarityTestTexts.Exemplar]));
        var text = SimilarityTestTexts.ParagraphTwo + "\n\n" + SimilarityTestTexts.ParagraphThree;
        var parts = new[] { new TextSpan(0, SimilarityTestTexts.ParagraphTwo.Length), new TextSpan(SimilarityTestTexts.ParagraphTwo.Length + 2, SimilarityTestTexts.ParagraphThree.Length) };

        var cosines = Score(model, text, parts);

        Assert.Equal(keyPointCount, model.KeyPointReferences.Count);
        for (var p = 0; p < parts.Length; p++)
        {
            var vector = model.Vectorize(text.AsSpan(parts[p].Start, parts[p].Length));
            for (var k = 0; k < keyPoints.Length; k++)
            {
                Assert.Equal(SparseVector.Cosine(vector, model.KeyPoints[k].Vector), cosines[(p * keyPointCount) + k], 6);
            }
        }
    }

    [Fact]
    public void ScoreParts_EachPartAndTheWhole_EqualToCosinesOfTheirVectors()
    {
        var text = SimilarityTestTexts.ParagraphOne + "\n\n" + SimilarityTestTexts.ParagraphTwo;
        var parts = new[]
        {
            new TextSpan(0, SimilarityTestTexts.ParagraphOne.Length),
            new TextSpan(SimilarityTestTexts.ParagraphOne.Length + 2, SimilarityTestTexts.ParagraphTwo.Length),
        };
        var columns = Model.KeyPointReferences.Count;
        var partCosines = new double[2 * columns];
        var wholeCosines = new double[Model.EssayReferences.Count];

        Model.ScoreParts(text, parts, partCosines, wholeCosines);

        for (var p = 0; p < parts.Length; p++)
        {
            var expected = new double[columns];
            Model.KeyPointReferences.Cosines(Model.Vectorize(text.AsSpan(parts[p].Start, parts[p].Length)), expected);
            for (var k = 0; k < columns; k++)
            {
                Assert.Equal(expected[k], partCosines[(p * columns) + k], 6);
            }
        }

        var whole = new double[Model.EssayReferences.Count];
        Model.EssayReferences.Cosines(Model.Vectorize(text), whole);
        for (var k = 0; k < whole.Length; k++)
        {
            Assert.Equal(whole[k], wholeCosines[k], 2);
        }
    }

    [Fact]
    public void ScoreParts_OnePart_EqualToCosinesOfItsVector()
    {
        var text = SimilarityTestTexts.ParagraphOne;
        var partCosines = new double[Model.KeyPointReferences.Count];
        var wholeCosines = new double[Model.EssayReferences.Count];

        Model.ScoreParts(text, [new TextSpan(0, text.Length)], partCosines, wholeCosines);

        var vector = Model.Vectorize(text);
        var expectedParts = new double[partCosines.Length];
        var expectedWhole = new double[wholeCosines.Length];
        Model.KeyPointReferences.Cosines(vector, expectedParts);
        Model.EssayReferences.Cosines(vector, expectedWhole);
        for (var k = 0; k < partCosines.Length; k++)
        {
            Assert.Equal(expectedParts[k], partCosines[k], 6);
        }

        for (var k = 0; k < wholeCosines.Length; k++)
        {
            Assert.Equal(expectedWhole[k], wholeCosines[k], 6);
        }
    }

    [Fact]
    public void ScoreParts_AlternatingModelsOnOneThread_SameCosinesAsEachModelAlone()
    {
        var other = SimilarityTrainer.Train(new SimilarityTrainingSet(
            SimilarityTestTexts.ParagraphTwo, [SimilarityTestTexts.ParagraphTwo], [new KeyPointText("kp-west", SimilarityTestTexts.KeyPointWest)], []));
        var text = SimilarityTestTexts.ParagraphOne + "\n\n" + SimilarityTestTexts.ParagraphTwo;
        var parts = new[] { new TextSpan(0, text.Length) };

        var first = Score(Model, text, parts);
        var second = Score(other, text, parts);

        Assert.Equal(first, Score(Model, text, parts));
        Assert.Equal(second, Score(other, text, parts));
    }

    private static double[] Score(SimilarityModel model, string text, TextSpan[] parts)
    {
        var partLength = model.KeyPointReferences.Count * parts.Length;
        var cosines = new double[partLength + model.EssayReferences.Count];
        model.ScoreParts(text, parts, cosines.AsSpan(0, partLength), cosines.AsSpan(partLength));
        return cosines;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(24)]
    [InlineData(30)]
    public void AddTerms_RegisterAndPortablePaths_BitIdenticalDotProducts(int referenceCount)
    {
        var references = Enumerable.Range(0, referenceCount)
            .Select(i => Model.Vectorize(SimilarityTestTexts.StudentTexts[i % SimilarityTestTexts.StudentTexts.Count] + $" point {i}"))
            .ToArray();
        var fast = new ReferenceMatrix(Model.VocabularySize, references);
        var portable = new ReferenceMatrix(Model.VocabularySize, references, allowRegisterPath: false);
        var essay = Model.Vectorize(SimilarityTestTexts.ParagraphOne + " " + SimilarityTestTexts.ParagraphTwo);
        var weights = new float[Model.VocabularySize];
        for (var n = 0; n < essay.Indices.Length; n++)
        {
            weights[essay.Indices[n]] = essay.Values[n];
        }

        var fastDots = new double[fast.Stride];
        var portableDots = new double[portable.Stride];
        fast.AddTerms(essay.Indices, weights, Model.VocabularySize / 2, 0.7, 1.3, fastDots);
        portable.AddTerms(essay.Indices, weights, Model.VocabularySize / 2, 0.7, 1.3, portableDots);

        Assert.False(portable.InRegisters);
        Assert.Contains(fastDots, dot => dot != 0);
        for (var column = 0; column < referenceCount; column++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(fastDots[column]), BitConverter.DoubleToInt64Bits(portableDots[column]));
        }
    }
}
