using Grader.Similarity;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace Grader.Calibration;

/// <summary>
/// The two ML.NET learners of a calibration, each fitted with a fixed seed on one thread (so the same data gives the same
/// model) and extracted into plain scorers: LightGBM gradient-boosted trees over the dense features, and SDCA ridge
/// regression over the standardised dense features and the word n-grams.
/// </summary>
internal static class CalibrationLearners
{
    public static TreeEnsembleScorer TrainTrees(IReadOnlyList<double[]> dense, IReadOnlyList<double> target, int seed)
    {
        var n = dense.Count;
        var width = dense[0].Length;
        var rows = new LearnerRow[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = new LearnerRow { Label = (float)target[i], Features = new VBuffer<float>(width, dense[i].Select(v => (float)v).ToArray()) };
        }

        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(rows, Schema(width));
        var options = new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = nameof(LearnerRow.Label),
            FeatureColumnName = nameof(LearnerRow.Features),
            NumberOfIterations = n >= 1000 ? 300 : n >= 200 ? 200 : 100,
            LearningRate = 0.05,
            NumberOfLeaves = n >= 500 ? 15 : n >= 100 ? 7 : 4,
            MinimumExampleCountPerLeaf = Math.Clamp(n / 30, 3, 20),
            UseCategoricalSplit = false,
            Seed = seed,
            NumberOfThreads = 1,
            Silent = true,
            Booster = new GradientBooster.Options { L2Regularization = 1, SubsampleFraction = 0.8, SubsampleFrequency = 1, FeatureFraction = 0.8 },
        };
        var model = context.Regression.Trainers.LightGbm(options).Fit(data).Model;
        var ensemble = model.TrainedTreeEnsemble;
        var trees = new List<RegressionTree>(ensemble.Trees.Count);
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            trees.Add(new RegressionTree(
                tree.NumericalSplitFeatureIndexes.ToArray(),
                tree.NumericalSplitThresholds.ToArray(),
                tree.LeftChild.ToArray(),
                tree.RightChild.ToArray(),
                tree.LeafValues.ToArray(),
                ensemble.TreeWeights[t]));
        }

        return new TreeEnsembleScorer(ensemble.Bias, trees);
    }

    public static LinearScorer TrainLinear(IReadOnlyList<double[]> dense, IReadOnlyList<SparseVector> ngrams, int vocabularySize, IReadOnlyList<SparseVector> characters, IReadOnlyList<double> target, int seed)
    {
        var n = dense.Count;
        var width = dense[0].Length;
        var means = new double[width];
        var scales = new double[width];
        for (var j = 0; j < width; j++)
        {
            var column = dense.Select(row => row[j]).ToArray();
            means[j] = column.Average();
            var sd = n > 1 ? AgreementStatistics.StandardDeviation(column) : 0;
            scales[j] = double.IsNaN(sd) || sd < 1e-9 ? 0 : sd;
        }

        var labelMean = target.Average();
        var labelSd = n > 1 ? AgreementStatistics.StandardDeviation(target) : 0;
        var labelScale = double.IsNaN(labelSd) || labelSd < 1e-9 ? 1 : labelSd;
        var scorer = new LinearScorer(0, new float[width], new float[vocabularySize], new float[CharacterNgrams.Buckets], means, scales, labelMean, labelScale);
        var characterOffset = width + vocabularySize;
        var size = characterOffset + CharacterNgrams.Buckets;
        var characterScale = (float)CharacterBlockScale;
        var rows = new LearnerRow[n];
        for (var i = 0; i < n; i++)
        {
            var indices = new int[width + ngrams[i].Count + characters[i].Count];
            var values = new float[indices.Length];
            for (var j = 0; j < width; j++)
            {
                indices[j] = j;
                values[j] = (float)scorer.Standardise(dense[i][j], j);
            }

            var sparse = ngrams[i];
            for (var k = 0; k < sparse.Count; k++)
            {
                indices[width + k] = width + sparse.Indices[k];
                values[width + k] = sparse.Values[k];
            }

            var chars = characters[i];
            var start = width + sparse.Count;
            for (var k = 0; k < chars.Count; k++)
            {
                indices[start + k] = characterOffset + chars.Indices[k];
                values[start + k] = characterScale * chars.Values[k];
            }

            rows[i] = new LearnerRow { Label = (float)((target[i] - labelMean) / labelScale), Features = new VBuffer<float>(size, indices.Length, values, indices) };
        }

        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(rows, Schema(size));
        var options = new SdcaRegressionTrainer.Options
        {
            LabelColumnName = nameof(LearnerRow.Label),
            FeatureColumnName = nameof(LearnerRow.Features),
            L2Regularization = (float)LinearL2,
            L1Regularization = 0,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 50,
            Shuffle = true,
        };
        var model = context.Regression.Trainers.Sdca(options).Fit(data).Model;
        var weights = model.Weights.ToArray();
        var denseWeights = weights.Take(width).ToArray();
        var sparseWeights = new float[vocabularySize];
        Array.Copy(weights, width, sparseWeights, 0, vocabularySize);
        var characterWeights = new float[CharacterNgrams.Buckets];
        for (var b = 0; b < characterWeights.Length; b++)
        {
            characterWeights[b] = weights[characterOffset + b] * characterScale;
        }

        return scorer with { Bias = model.Bias, DenseWeights = denseWeights, SparseWeights = sparseWeights, CharacterWeights = characterWeights };
    }

    /// <summary>SDCA's L2 penalty (on standardised features and marks).</summary>
    private static readonly double LinearL2 = double.Parse(Environment.GetEnvironmentVariable("EXP_L2") ?? "0.05", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly double CharacterBlockScale = double.Parse(Environment.GetEnvironmentVariable("EXP_CHARSCALE") ?? "1", System.Globalization.CultureInfo.InvariantCulture);

    private static SchemaDefinition Schema(int size)
    {
        var schema = SchemaDefinition.Create(typeof(LearnerRow));
        schema[nameof(LearnerRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return schema;
    }
}
