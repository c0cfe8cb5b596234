using Grader.Collections;

namespace Grader.Calibration;

/// <summary>
/// How far the engine agrees with a teacher's (or a marking team's) marks, where and why: the engine as it stands and
/// as calibrated (cross-validated), per criterion, per marker and between markers, and the scripts to mark again.
/// "Teacher mark" is the first mark a script has in the input; a script marked twice gives a human–human pair.
/// </summary>
/// <param name="RubricId">The rubric's id.</param>
/// <param name="RubricTitle">The rubric's title.</param>
/// <param name="MaxMark">Its maximum mark.</param>
/// <param name="Scripts">Distinct scripts calibrated on.</param>
/// <param name="MarkerCount">How many markers the marks name.</param>
/// <param name="Engine">The engine's own marks against the teacher's.</param>
/// <param name="Calibrated">The calibrated marks against the teacher's, out of fold.</param>
/// <param name="CrossValidation">The cross-validation figures.</param>
/// <param name="HumanHuman">Marker against marker, when scripts were marked twice.</param>
/// <param name="Criteria">Agreement on each criterion marked.</param>
/// <param name="Markers">Agreement of each marker.</param>
/// <param name="ToReview">Scripts worth a second look.</param>
/// <param name="Notes">Things to know about the figures.</param>
public sealed record AgreementReport(
    string RubricId,
    string RubricTitle,
    int MaxMark,
    int Scripts,
    int MarkerCount,
    Agreement Engine,
    Agreement Calibrated,
    CrossValidationSummary CrossValidation,
    Agreement? HumanHuman,
    IReadOnlyList<CriterionAgreement> Criteria,
    IReadOnlyList<MarkerAgreement> Markers,
    IReadOnlyList<ReviewScript> ToReview,
    IReadOnlyList<string> Notes)
{
    /// <summary>Agreement on each criterion the teacher marked. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<CriterionAgreement> Criteria { get; init => field = ValueList.From(value); } = ValueList.From(Criteria);

    /// <summary>Agreement of each marker, when the scripts name several. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<MarkerAgreement> Markers { get; init => field = ValueList.From(value); } = ValueList.From(Markers);

    /// <summary>Scripts worth a second look: the largest disagreements and the most uncertain calibrated marks. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<ReviewScript> ToReview { get; init => field = ValueList.From(value); } = ValueList.From(ToReview);

    /// <summary>Things to know about the figures (few scripts, scripts left out…). Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<string> Notes { get; init => field = ValueList.From(value); } = ValueList.From(Notes);
}
