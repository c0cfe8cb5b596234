namespace Grader.Calibration;

/// <summary>
/// One criterion: the engine's own marks for it against the teacher's (<see cref="Agreement"/>), and, when the teacher
/// marked it on enough scripts to calibrate it, the calibrated criterion marks (cross-validated) against the teacher's.
/// </summary>
/// <param name="CriterionId">The criterion's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Max">Its maximum mark.</param>
/// <param name="Agreement">The engine's criterion marks against the teacher's.</param>
public sealed record CriterionAgreement(string CriterionId, string Name, int Max, Agreement Agreement)
{
    /// <summary>The cross-validated calibrated marks for this criterion against the teacher's; null when it was not calibrated.</summary>
    public Agreement? Calibrated { get; init; }
}
