namespace Grader.Calibration;

/// <summary>How far a calibration has got: <see cref="Completed"/> of <see cref="Total"/> in its current <see cref="Stage"/>.</summary>
public sealed record CalibrationProgress
{
    public required CalibrationStage Stage { get; init; }

    public required int Completed { get; init; }

    public required int Total { get; init; }
}
