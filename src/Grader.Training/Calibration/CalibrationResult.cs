namespace Grader.Calibration;

/// <summary>What <see cref="TeacherCalibration.Train(MarkScheme, IReadOnlyList{MarkedScript}, CalibrationOptions?)"/> gives: the fitted model, ready to save or apply, and the agreement report.</summary>
public sealed record CalibrationResult(CalibrationModel Model, AgreementReport Report);
