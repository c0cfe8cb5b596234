namespace Grader.Calibration;

/// <summary>
/// The thresholds of Williamson, Xi &amp; Breyer (2012), "A framework for evaluation and use of automated scoring",
/// against which agreement is highlighted.
/// </summary>
public static class AgreementThresholds
{
    /// <summary>Quadratic weighted kappa with the human marks: at least 0.70.</summary>
    public const double MinimumQuadraticWeightedKappa = 0.70;

    /// <summary>Pearson correlation with the human marks: at least 0.70.</summary>
    public const double MinimumPearson = 0.70;

    /// <summary>Absolute standardised mean difference: at most 0.15.</summary>
    public const double MaximumAbsoluteStandardisedMeanDifference = 0.15;

    /// <summary>Human–human QWK minus engine–human QWK: at most 0.10.</summary>
    public const double MaximumDegradation = 0.10;
}
