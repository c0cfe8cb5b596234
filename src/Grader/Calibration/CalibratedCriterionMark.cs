using System.Diagnostics.CodeAnalysis;

namespace Grader.Calibration;

/// <summary>A criterion's mark under a calibration trained on the teacher's marks for that criterion, beside the engine's own mark for it.</summary>
public sealed record CalibratedCriterionMark
{
    /// <summary>An empty mark, to be filled with an object initializer (every required member set).</summary>
    public CalibratedCriterionMark()
    {
    }

    [SetsRequiredMembers]
    internal CalibratedCriterionMark(string criterionId, int mark, double prediction, int engineMark)
    {
        CriterionId = criterionId;
        Mark = mark;
        Prediction = prediction;
        EngineMark = engineMark;
    }

    /// <summary>The criterion's id in the rubric.</summary>
    public required string CriterionId { get; init; }

    /// <summary>The calibrated mark.</summary>
    public required int Mark { get; init; }

    /// <summary>The continuous prediction the mark was cut from.</summary>
    public required double Prediction { get; init; }

    /// <summary>The engine's own mark for the criterion.</summary>
    public required int EngineMark { get; init; }
}
