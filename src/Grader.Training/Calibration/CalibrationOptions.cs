namespace Grader.Calibration;

/// <summary>How to train a calibration: cross-validation folds, the seed of every random choice, bootstrap resamples.</summary>
public sealed record CalibrationOptions
{
    /// <summary>Folds of the cross-validation that estimates agreement on unseen scripts (2 to 20).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seed for fold assignment, the learners and the bootstrap: the same inputs and seed give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Bootstrap resamples for the confidence interval of the cross-validated QWK.</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>How many scripts to list for second marking in each list (largest disagreement, least sure).</summary>
    public int ScriptsToReview { get; init; } = 10;
}
