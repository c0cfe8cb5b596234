using Grader.Collections;

namespace Grader.Calibration;

/// <summary>
/// One script with a teacher's mark: its id, text, the total the teacher gave, optional per-criterion marks (criterion id
/// → mark) and who marked it. A script marked by several markers appears once per marker, with the same id.
/// </summary>
/// <param name="Id">The script's id (marks with the same id are one script marked more than once).</param>
/// <param name="Text">The essay.</param>
/// <param name="TeacherMark">The teacher's total.</param>
/// <param name="CriterionMarks">The teacher's criterion marks, by criterion id.</param>
/// <param name="Marker">Who marked it, when known.</param>
public sealed record MarkedScript(string Id, string Text, int TeacherMark, IReadOnlyDictionary<string, int> CriterionMarks, string? Marker = null)
{
    /// <summary>The teacher's mark for each criterion they marked, by criterion id (may be empty). Held as a private copy that compares entry by entry.</summary>
    public IReadOnlyDictionary<string, int> CriterionMarks { get; init => field = ValueDictionary<string, int>.From(value); } = ValueDictionary<string, int>.From(CriterionMarks);
}
