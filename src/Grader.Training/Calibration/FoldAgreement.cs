namespace Grader.Calibration;

/// <summary>One cross-validation fold: scripts held out, and the calibrated marks' agreement with the teacher on them.</summary>
public sealed record FoldAgreement(int Fold, int Count, double QuadraticWeightedKappa, double ExactAgreement, double RootMeanSquaredError);
