using System.Diagnostics.CodeAnalysis;
using Grader.Collections;

namespace Grader.Calibration;

/// <summary>
/// An essay's mark under a calibration: the whole mark and its band, the continuous prediction it was cut from, how
/// unsure the calibration is (the gap between its two learners, in marks), and the engine's own total. When the
/// calibration was also trained on the teacher's criterion marks, <see cref="Criteria"/> holds the calibrated mark of
/// each such criterion (in rubric order); it is empty otherwise.
/// </summary>
public sealed record CalibratedMark
{
    /// <summary>An empty mark, to be filled with an object initializer (every required member set).</summary>
    public CalibratedMark()
    {
    }

    [SetsRequiredMembers]
    internal CalibratedMark(int total, string band, double prediction, double uncertainty, int engineTotal)
    {
        Total = total;
        Band = band;
        Prediction = prediction;
        Uncertainty = uncertainty;
        EngineTotal = engineTotal;
    }

    /// <summary>The calibrated total mark.</summary>
    public required int Total { get; init; }

    /// <summary>The rubric band of <see cref="Total"/>.</summary>
    public required string Band { get; init; }

    /// <summary>The continuous prediction the total was cut from.</summary>
    public required double Prediction { get; init; }

    /// <summary>How unsure the calibration is: the gap between its two learners' predictions, in marks.</summary>
    public required double Uncertainty { get; init; }

    /// <summary>The engine's own total for the essay.</summary>
    public required int EngineTotal { get; init; }

    /// <summary>The calibrated criterion marks, one per criterion the calibration learned (rubric order).</summary>
    public IReadOnlyList<CalibratedCriterionMark> Criteria { get; init => field = ValueList.From(value); } = ValueList<CalibratedCriterionMark>.Empty;
}
