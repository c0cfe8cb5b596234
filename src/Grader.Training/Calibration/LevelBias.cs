namespace Grader.Calibration;

/// <summary>
/// At one teacher mark: how many scripts had it, the engine's mean mark for them and the mean difference engine − teacher
/// (positive: the engine is lenient at this level; negative: severe).
/// </summary>
public sealed record LevelBias(int TeacherMark, int Count, double MeanEngineMark, double MeanDifference);
