using Grader.Collections;

namespace Grader.Calibration;

/// <summary>
/// A script to look at again: the teacher's mark, the engine's own total, the calibrated (cross-validated) mark and
/// prediction, how unsure the engine is (in marks: the gap between its two learners, plus a half mark when the
/// prediction is within a tenth of a mark of a cut-point), its flags, and the start of its text.
/// </summary>
/// <param name="Reason">Why it is listed.</param>
/// <param name="Id">The script's id.</param>
/// <param name="Marker">Who marked it, when known.</param>
/// <param name="TeacherMark">The teacher's mark.</param>
/// <param name="EngineMark">The engine's mark.</param>
/// <param name="CalibratedMark">The calibrated mark (out of fold).</param>
/// <param name="Prediction">The calibration's continuous prediction.</param>
/// <param name="Uncertainty">How unsure the calibration is, in marks.</param>
/// <param name="Flags">The engine's flag codes.</param>
/// <param name="Excerpt">The script's opening words.</param>
public sealed record ReviewScript(
    ReviewReason Reason,
    string Id,
    string? Marker,
    int TeacherMark,
    int EngineMark,
    int CalibratedMark,
    double Prediction,
    double Uncertainty,
    IReadOnlyList<string> Flags,
    string Excerpt)
{
    /// <summary>The codes of the flags the engine raised on the script. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<string> Flags { get; init => field = ValueList.From(value); } = ValueList.From(Flags);
}
