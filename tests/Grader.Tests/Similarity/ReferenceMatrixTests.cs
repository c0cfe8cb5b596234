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
            var cosines = new double[Model.References.Count];

            Model.References.Cosines(vector, cosines);

            for (var k = 0; k < Model.KeyPoints.Count; k++)
            {
                Assert.Equal(SparseVector.Cosine(vector, Model.KeyPoints[k].Vector), cosines[k], 6);
            }

            Assert.Equal(SparseVector.Cosine(vector, Model.ModelEssay), cosines[Model.KeyPoints.Count], 6);
        }
    }

    [Fact]
    public void ScoreParts_MoreReferencesThanFitInRegisters_EqualToPairwiseCosines()
    {
        var keyPoints = Enumerable.Range(0, 30)
            .Select(i => new KeyPointText($"kp-{i}", SimilarityTestTexts.StudentTexts[i % SimilarityTestTexts.StudentTexts.Count] + $" point {i}"))
            .ToArray();
        var model = SimilarityTrainer.Train(new SimilarityTrainingSet(
            SimilarityTestTexts.ParagraphOne, [SimilarityTestTexts.ParagraphOne], keyPoints, [SimilarityTestTexts.Exemplar]));
        var text = SimilarityTestTexts.ParagraphTwo + "\n\n" + SimilarityTestTexts.ParagraphThree;
        var parts = new[] { new TextSpan(0, SimilarityTestTexts.ParagraphTwo.Length), new TextSpan(SimilarityTestTexts.ParagraphTwo.Length + 2, SimilarityTestTexts.ParagraphThree.Length) };

        var cosines = Score(model, text, parts);

        Assert.True(model.References.Count > 24);
        for (var p = 0; p < parts.Length; p++)
        {
            var vector = model.Vectorize(text.AsSpan(parts[p].Start, parts[p].Length));
            for (var k = 0; k < keyPoints.Length; k++)
            {
                Assert.Equal(SparseVector.Cosine(vector, model.KeyPoints[k].Vector), cosines[(p * model.References.Count) + k], 6);
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
        var columns = Model.References.Count;
        var partCosines = new double[2 * columns];
        var wholeCosines = new double[columns];

        Model.ScoreParts(text, parts, partCosines, wholeCosines);

        for (var p = 0; p < parts.Length; p++)
        {
            var expected = new double[columns];
            Model.References.Cosines(Model.Vectorize(text.AsSpan(parts[p].Start, parts[p].Length)), expected);
            for (var k = 0; k < columns; k++)
            {
                Assert.Equal(expected[k], partCosines[(p * columns) + k], 6);
            }
        }

        var whole = new double[columns];
        Model.References.Cosines(Model.Vectorize(text), whole);
        for (var k = 0; k < columns; k++)
        {
            Assert.Equal(whole[k], wholeCosines[k], 2);
        }
    }

    [Fact]
    public void ScoreParts_OnePart_WholeIdenticalToPartAndEqualToCosinesOfItsVector()
    {
        var text = SimilarityTestTexts.ParagraphOne;
        var columns = Model.References.Count;
        var partCosines = new double[columns];
        var wholeCosines = new double[columns];

        Model.ScoreParts(text, [new TextSpan(0, text.Length)], partCosines, wholeCosines);

        var expected = new double[columns];
        Model.References.Cosines(Model.Vectorize(text), expected);
        Assert.Equal(partCosines, wholeCosines);
        for (var k = 0; k < columns; k++)
        {
            Assert.Equal(expected[k], partCosines[k], 6);
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
        var cosines = new double[model.References.Count * (parts.Length + 1)];
        model.ScoreParts(text, parts, cosines.AsSpan(0, model.References.Count * parts.Length), cosines.AsSpan(model.References.Count * parts.Length));
        return cosines;
    }
}
