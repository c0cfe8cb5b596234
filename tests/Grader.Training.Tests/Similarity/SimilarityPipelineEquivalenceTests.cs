using Grader.Similarity;
using Grader.Tests.Similarity;

namespace Grader.Training.Tests.Similarity;

/// <summary>The proof that the fast inference path scores exactly as ML.NET's own fitted pipeline does.</summary>
public sealed class SimilarityPipelineEquivalenceTests
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void Vectorize_StudentTexts_EqualsMlNetTransformTermByTerm()
    {
        var set = SimilarityTestTexts.TrainingSet();
        var pipeline = SimilarityPipeline.Fit(set.Documents(), seed: 1);
        var vectorizer = new SimilarityVectorizer(pipeline.ExtractVocabulary());
        var names = pipeline.FeatureNames();
        var texts = AllTexts(set);

        var expected = pipeline.TransformFeatures(texts);

        Assert.Equal(vectorizer.Dimension, names.Count);
        var slotOfName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var slot = 0; slot < names.Count; slot++)
        {
            slotOfName.Add(names[slot], slot);
        }

        for (var t = 0; t < texts.Count; t++)
        {
            var actual = new float[names.Count];
            var vector = vectorizer.Vectorize(texts[t]);
            for (var i = 0; i < vector.Count; i++)
            {
                actual[slotOfName[vectorizer.Vocabulary.DescribeTerm(vector.Indices[i])]] = vector.Values[i];
            }

            for (var slot = 0; slot < names.Count; slot++)
            {
                var mlNet = expected[t][slot];
                Assert.True(
                    Math.Abs(mlNet - actual[slot]) <= Tolerance,
                    $"Text {t} \"{texts[t]}\", term {names[slot]}: ML.NET {mlNet}, fast path {actual[slot]}.");
            }
        }
    }

    [Fact]
    public void Cosine_AllPairsOfTexts_EqualsCosineOfMlNetTransformOutput()
    {
        var set = SimilarityTestTexts.TrainingSet();
        var pipeline = SimilarityPipeline.Fit(set.Documents(), seed: 1);
        var model = SimilarityTrainer.Assemble(set, pipeline.ExtractVocabulary(), seed: 1, pipeline.DocumentCount);
        var texts = AllTexts(set);
        var mlNet = pipeline.TransformFeatures(texts);
        var fast = texts.Select(text => model.Vectorize(text)).ToArray();

        for (var a = 0; a < texts.Count; a++)
        {
            for (var b = 0; b < texts.Count; b++)
            {
                var expected = DenseCosine(mlNet[a], mlNet[b]);
                var actual = SimilarityModel.Cosine(fast[a], fast[b]);
                Assert.True(
                    Math.Abs(expected - actual) <= Tolerance,
                    $"\"{texts[a]}\" vs \"{texts[b]}\": ML.NET {expected}, fast path {actual}.");
            }
        }
    }

    [Fact]
    public void Train_ReferenceVectors_EqualMlNetTransformOfTheReferenceTexts()
    {
        var set = SimilarityTestTexts.TrainingSet();
        var pipeline = SimilarityPipeline.Fit(set.Documents(), seed: 1);
        var model = SimilarityTrainer.Assemble(set, pipeline.ExtractVocabulary(), seed: 1, pipeline.DocumentCount);
        string[] texts = [SimilarityTestTexts.KeyPointSpeech, SimilarityTestTexts.KeyPointInvasion, SimilarityTestTexts.KeyPointWest];
        var mlNet = pipeline.TransformFeatures(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            for (var j = 0; j < texts.Length; j++)
            {
                var expected = DenseCosine(mlNet[i], mlNet[j]);
                var actual = SimilarityModel.Cosine(model.KeyPoints[i].Vector, model.KeyPoints[j].Vector);
                Assert.Equal(expected, actual, Tolerance);
            }
        }
    }

    private static List<string> AllTexts(SimilarityTrainingSet set)
    {
        var texts = new List<string>(set.Documents());
        texts.AddRange(SimilarityTestTexts.StudentTexts);
        return texts;
    }

    private static double DenseCosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i];
            var y = b[i];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
