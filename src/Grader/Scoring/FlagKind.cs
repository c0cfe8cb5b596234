namespace Grader.Scoring;

/// <summary>Whether a flag sends the essay to review or only informs.</summary>
public enum FlagKind
{
    /// <summary>The engine should not be trusted alone: the grade's status becomes <see cref="GradeStatus.Review"/>.</summary>
    Advisory,

    /// <summary>Worth a marker's attention (a factual error, material outside the period) without doubting the grade.</summary>
    Informational,
}
