namespace Grader.Calibration;

/// <summary>
/// One marker's marks: against the engine as it stands, against the calibrated engine (cross-validated marks), and
/// against the other markers on the scripts they also marked (null when they shared none).
/// <see cref="BiasAgainstCalibrated"/> is the mean of marker − calibrated engine: positive means the marker is more
/// lenient than the team standard the calibration learned; <see cref="BiasAgainstOtherMarkers"/> is the mean of
/// marker − other marker on shared scripts.
/// </summary>
public sealed record MarkerAgreement(
    string Marker,
    int Scripts,
    Agreement AgainstEngine,
    Agreement AgainstCalibrated,
    Agreement? AgainstOtherMarkers,
    double BiasAgainstCalibrated,
    double BiasAgainstOtherMarkers);
