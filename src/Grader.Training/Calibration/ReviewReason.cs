namespace Grader.Calibration;

/// <summary>Why a script is listed for second marking.</summary>
public enum ReviewReason
{
    /// <summary>The teacher's and the calibrated engine's marks differ by more than the calibrated engine's cross-validated RMSE.</summary>
    Disagreement,

    /// <summary>
    /// The engine is unsure by more than its cross-validated RMSE (its two learners disagree; a prediction on a cut-point adds
    /// half a mark), or a check sent the script to review.
    /// </summary>
    Uncertain,
}
