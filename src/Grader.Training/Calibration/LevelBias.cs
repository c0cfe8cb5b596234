namespace Grader.Calibration;

/// <summary>
/// At one teacher mark: how many scripts had it, the engine's mean mark for them and the mean difference engine − teacher
/// (positive: the engine is lenient at this level; negative: severe).
/// </summary>
/// <param name="TeacherMark">The teacher's mark.</param>
/// <param name="Count">Scripts the teacher gave it.</param>
/// <param name="MeanEngineMark">The engine's mean mark for them.</param>
/// <param name="MeanDifference">Mean engine − teacher for them.</param>
public sealed record LevelBias(int TeacherMark, int Count, double MeanEngineMark, double MeanDifference);
