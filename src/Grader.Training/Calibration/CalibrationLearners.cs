using Grader.Similarity;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Grader.Calibration;

/// <summary>
/// The ML.NET learner of a calibration, fitted with a fixed seed on one thread (so the same data gives the same model)
/// and extracted into a plain scorer: LightGBM gradient-boosted trees over the dense features. (The ridge model over the
/// dense features and the word and character n-grams is <see cref="KernelRidge"/>.)
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
            NumberOfIterations = n >= 1000 ? 600 : n >= 200 ? 400 : 100,
            LearningRate = 0.05,
            NumberOfLeaves = n >= 100 ? 7 : 4,
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

        return new TreeEnsembleScorer(ensemble.Bias, trees.ToArray());
    }

    private static SchemaDefinition Schema(int size)
    {
        var schema = SchemaDefinition.Create(typeof(LearnerRow));
        schema[nameof(LearnerRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return schema;
    }
}
