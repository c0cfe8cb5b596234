namespace Grader.Calibration;

/// <summary>
/// One marker's marks: against the engine as it stands, against the calibrated engine (cross-validated marks), and
/// against the other markers on the scripts they also marked (null when they shared none).
/// <see cref="BiasAgainstCalibrated"/> is the mean of marker − calibrated engine: positive means the marker is more
/// lenient than the team standard the calibration learned; <see cref="BiasAgainstOtherMarkers"/> is the mean of
/// marker − other marker on shared scripts.
/// </summary>
/// <param name="Marker">The marker.</param>
/// <param name="Scripts">Scripts they marked.</param>
/// <param name="AgainstEngine">Their marks against the engine's.</param>
/// <param name="AgainstCalibrated">Their marks against the calibrated marks.</param>
/// <param name="AgainstOtherMarkers">Their marks against other markers' on the same scripts, when any.</param>
/// <param name="BiasAgainstCalibrated">Their mean mark − the calibrated mean.</param>
/// <param name="BiasAgainstOtherMarkers">Their mean mark − the other markers' mean on the same scripts.</param>
public sealed record MarkerAgreement(
    string Marker,
    int Scripts,
    Agreement AgainstEngine,
    Agreement AgainstCalibrated,
    Agreement? AgainstOtherMarkers,
    double BiasAgainstCalibrated,
    double BiasAgainstOtherMarkers);
