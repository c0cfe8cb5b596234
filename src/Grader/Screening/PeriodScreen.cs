using System.Globalization;
using Grader.Checks;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Screening;

/// <summary>
/// Whether the essay is mostly about another time than the question's period. Material outside the period is context
/// at most: when most of the essay's dates lie outside it (or half its paragraphs deal only with years outside it), the
/// essay goes to review with <see cref="FlagCodes.OutOfPeriod"/> and its paragraphs wholly outside the period earn
/// nothing. (A few such dates or one background paragraph in an essay about the period cost only evidence marks; see
/// <see cref="DatedEvidenceCheck"/>.)
/// </summary>
internal sealed class PeriodScreen : IEssayScreen
{
    /// <summary>Beyond this share of its dates outside the period (and with <see cref="MinDatesToJudge"/> dates), an essay is mostly about another time.</summary>
    internal const double MostlyOutsideShare = 0.5;

    private const int MinDatesToJudge = 4;

    public void Screen(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        if (resources.Rubric.Period is not { } period)
        {
            return;
        }

        var total = 0;
        var outside = 0;
        TextSpan? example = null;
        foreach (var mention in document.Temporal)
        {
            if (!document.IsProse(mention.Span.Start) || board.IsExcluded(mention.Span))
            {
                continue;
            }

            total++;
            if (!period.Overlaps(mention.FirstYear, mention.LastYear))
            {
                outside++;
                example ??= mention.Span;
            }
        }

        var offPeriod = new List<Paragraph>();
        var kept = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            if (board.IsExcluded(paragraph.Span))
            {
                continue;
            }

            kept++;
            if (RelevanceCheck.IsOffPeriod(document, paragraph, period))
            {
                offPeriod.Add(paragraph);
            }
        }

        var mostlyOutside = (total >= MinDatesToJudge && outside > MostlyOutsideShare * total) || (offPeriod.Count > 0 && offPeriod.Count * 2 >= kept);
        if (!mostlyOutside)
        {
            return;
        }

        ExcludeMostlyOutside(facts, resources, board);

        board.Flag(
            FlagCodes.OutOfPeriod,
            FlagKind.Advisory,
            string.Create(CultureInfo.InvariantCulture, $"The essay is mostly about another time than the question's period ({period.From}–{period.To}): {outside} of its {total} dates lie outside it, and {offPeriod.Count} of {kept} paragraphs deal only with years outside it. Paragraphs mostly outside the period earned nothing."),
            example);
    }

    /// <summary>
    /// Excludes the paragraphs not yet excluded whose dates lie mostly outside the period (context at most, in an essay
    /// already known to be about another time, or caught gaming).
    /// </summary>
    internal static void ExcludeMostlyOutside(EssayFacts facts, MarkingResources resources, ScreeningBoard board)
    {
        var document = facts.Document;
        if (resources.Rubric.Period is not { } period)
        {
            return;
        }

        foreach (var paragraph in document.Paragraphs)
        {
            if (board.IsExcluded(paragraph.Span))
            {
                continue;
            }

            var dates = 0;
            var outside = 0;
            for (var m = document.FirstTemporalFrom(paragraph.Span.Start); m < document.Temporal.Count && document.Temporal[m].Span.Start < paragraph.Span.End; m++)
            {
                dates++;
                outside += period.Overlaps(document.Temporal[m].FirstYear, document.Temporal[m].LastYear) ? 0 : 1;
            }

            if (dates > 0 && outside * 2 > dates)
            {
                board.Exclude(paragraph.Span, ExclusionKind.OutOfPeriod, string.Create(CultureInfo.InvariantCulture, $"Paragraph {paragraph.Index + 1}: {outside} of its {dates} dates lie outside the question's period ({period.From}–{period.To}), in an essay mostly about another time. Context at most, it earns nothing."));
            }
        }
    }
}
