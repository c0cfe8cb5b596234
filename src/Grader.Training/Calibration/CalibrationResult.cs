namespace Grader.Calibration;

/// <summary>What <see cref="TeacherCalibration.Train(MarkScheme, IReadOnlyList{MarkedScript}, CalibrationOptions?)"/> gives: the fitted model, ready to save or apply, and the agreement report.</summary>
/// <param name="Model">The fitted calibration, ready to save or apply.</param>
/// <param name="Report">How far engine and calibration agree with the teacher.</param>
public sealed record CalibrationResult(CalibrationModel Model, AgreementReport Report);
