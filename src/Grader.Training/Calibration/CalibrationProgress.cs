namespace Grader.Calibration;

/// <summary>How far a calibration has got: <see cref="Completed"/> of <see cref="Total"/> in its current <see cref="Stage"/>.</summary>
public sealed record CalibrationProgress
{
    /// <summary>The stage the calibration is in.</summary>
    public required CalibrationStage Stage { get; init; }

    /// <summary>How many steps of the stage are done (scripts graded, or marks fitted).</summary>
    public required int Completed { get; init; }

    /// <summary>How many steps the stage has.</summary>
    public required int Total { get; init; }
}
