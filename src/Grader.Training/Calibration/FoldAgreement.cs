namespace Grader.Calibration;

/// <summary>One cross-validation fold: scripts held out, and the calibrated marks' agreement with the teacher on them.</summary>
/// <param name="Fold">The fold (1-based).</param>
/// <param name="Count">Scripts held out in it.</param>
/// <param name="QuadraticWeightedKappa">QWK of the calibrated marks on them.</param>
/// <param name="ExactAgreement">Share marked exactly as the teacher did.</param>
/// <param name="RootMeanSquaredError">RMSE in marks.</param>
public sealed record FoldAgreement(int Fold, int Count, double QuadraticWeightedKappa, double ExactAgreement, double RootMeanSquaredError);
