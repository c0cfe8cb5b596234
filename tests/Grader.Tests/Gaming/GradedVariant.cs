using System.Globalization;
using Grader.Reporting;
using Grader.Scoring;

namespace Grader.Tests.Gaming;

/// <summary>
/// A gaming variant with the grades of itself and of its source, and — for a disguised copy of another script — whether
/// <c>grader mark</c> flags it <c>copied-peer</c> in a batch holding that script (<see cref="CaughtInBatch"/>).
/// </summary>
internal sealed record GradedVariant(GamingVariant Variant, GradeResult Result, GradeResult SourceResult, bool CaughtInBatch = false)
{
    public bool SentToReview => Result.Status == GradeStatus.Review || CaughtInBatch;

    public bool AboveSource => Result.Total > SourceResult.Total;

    /// <summary>One line an engine developer can act on: family, source, totals, status, flags and how it was made.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Variant.Family} | {Variant.SourceId} | {Result.Total} vs source {SourceResult.Total} | {GradeJsonWriter.StatusName(Result.Status)}{(CaughtInBatch ? " (copied-peer in a batch with its source)" : "")} | flags: {Flags(Result)} | {Variant.Description}");

    /// <summary>The result's flag codes in order of first appearance, with a count where a code repeats ("factual-error ×3").</summary>
    public static string Flags(GradeResult result) =>
        result.Flags.Count == 0
            ? "none"
            : string.Join(", ", result.Flags.GroupBy(flag => flag.Code).Select(group => group.Count() == 1 ? group.Key : string.Create(CultureInfo.InvariantCulture, $"{group.Key} ×{group.Count()}")));
}
