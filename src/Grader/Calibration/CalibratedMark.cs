namespace Grader.Calibration;

/// <summary>
/// An essay's mark under a calibration: the whole mark and its band, the continuous prediction it was cut from, how
/// unsure the calibration is (the gap between its two learners, in marks), and the engine's own total. When the
/// calibration was also trained on the teacher's criterion marks, <see cref="Criteria"/> holds the calibrated mark of
/// each such criterion (in rubric order); it is empty otherwise.
/// </summary>
public sealed record CalibratedMark(int Total, string Band, double Prediction, double Uncertainty, int EngineTotal)
{
    /// <summary>The calibrated criterion marks, one per criterion the calibration learned (rubric order).</summary>
    public IReadOnlyList<CalibratedCriterionMark> Criteria { get; init; } = [];
}
