namespace Grader.Calibration;

/// <summary>
/// An essay's mark under a calibration: the whole mark and its band, the continuous prediction it was cut from, how
/// unsure the calibration is (the gap between its two learners, in marks), and the engine's own total.
/// </summary>
public sealed record CalibratedMark(int Total, string Band, double Prediction, double Uncertainty, int EngineTotal);
