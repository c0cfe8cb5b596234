using Grader.Collections;

namespace Grader.Calibration;

/// <summary>
/// How well the calibration marks scripts it was not trained on, estimated by k-fold cross-validation: each fold's
/// scripts are marked by models trained on the other folds, with cut-points tuned on the other folds' predictions.
/// </summary>
/// <param name="Folds">Per-fold figures.</param>
/// <param name="MeanQuadraticWeightedKappa">Mean of the folds' QWK.</param>
/// <param name="FoldStandardDeviation">Sample SD of the folds' QWK.</param>
/// <param name="ConfidenceLow">Lower end of the 95% bootstrap interval of the pooled out-of-fold QWK.</param>
/// <param name="ConfidenceHigh">Upper end of that interval.</param>
/// <param name="TreeWeight">Weight of the boosted trees in the blend (weights chosen on out-of-fold RMSE).</param>
/// <param name="RidgeWeight">Weight of the n-gram ridge model in the blend.</param>
/// <param name="EngineLineWeight">Weight of the straight line on the engine's total in the blend.</param>
public sealed record CrossValidationSummary(
    IReadOnlyList<FoldAgreement> Folds,
    double MeanQuadraticWeightedKappa,
    double FoldStandardDeviation,
    double ConfidenceLow,
    double ConfidenceHigh,
    double TreeWeight,
    double RidgeWeight,
    double EngineLineWeight)
{
    /// <summary>Per-fold figures. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<FoldAgreement> Folds { get; init => field = ValueList.From(value); } = ValueList.From(Folds);
}
