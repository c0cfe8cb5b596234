namespace Grader.Calibration;

/// <summary>The stages of <see cref="TeacherCalibration.Train(MarkScheme, IReadOnlyList{MarkedScript}, CalibrationOptions?, IProgress{CalibrationProgress}?, CancellationToken)"/>.</summary>
public enum CalibrationStage
{
    /// <summary>Grading the marked scripts with the engine (counted in scripts).</summary>
    GradingScripts = 0,

    /// <summary>Cross-validating and fitting the learners (counted in marks: the total, then each calibrated criterion).</summary>
    FittingMarks = 1,
}
