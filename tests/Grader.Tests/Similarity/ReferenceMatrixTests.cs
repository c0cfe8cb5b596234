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
    public void VectorizeParts_EachPart_EqualsVectorizingItAlone()
    {
        var text = SimilarityTestTexts.ParagraphOne + "\n\n" + SimilarityTestTexts.ParagraphTwo;
        var parts = new[]
        {
            new TextSpan(0, SimilarityTestTexts.ParagraphOne.Length),
            new TextSpan(SimilarityTestTexts.ParagraphOne.Length + 2, SimilarityTestTexts.ParagraphTwo.Length),
        };
        var vectors = new SparseVector[2];

        var whole = Model.VectorizeParts(text, parts, vectors);

        Assert.Equal(Model.Vectorize(SimilarityTestTexts.ParagraphOne).Indices.ToArray(), vectors[0].Indices.ToArray());
        Assert.Equal(Model.Vectorize(SimilarityTestTexts.ParagraphTwo).Values.ToArray(), vectors[1].Values.ToArray());
        Assert.True(SparseVector.Cosine(whole, Model.Vectorize(text)) > 0.99);
    }
}
