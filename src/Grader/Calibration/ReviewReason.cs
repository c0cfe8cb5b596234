namespace Grader.Calibration;

/// <summary>Why a script is listed for second marking.</summary>
public enum ReviewReason
{
    /// <summary>The teacher's and the calibrated engine's marks differ most.</summary>
    Disagreement,

    /// <summary>The engine is least sure: its two learners disagree, the prediction sits on a cut-point, or a check flagged it.</summary>
    Uncertain,
}
