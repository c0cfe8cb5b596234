using System.Globalization;
using Grader.Rubrics;
using Grader.Text;

namespace Grader.Drafting;

/// <summary>
/// Drafts the question's period. Years the question names decide it: a range is the period, a single year ends it. The
/// rest comes from the years the model essays date their prose with, less outliers (beyond one and a half times the
/// spread of their middle half): from the earliest to the latest. No years, no period.
/// </summary>
internal static class PeriodDrafter
{
    public static (YearRange? Period, DraftOrigin Origin) Draft(string question, IReadOnlyList<ModelEssayReading> readings)
    {
        var questionDates = ModelEssayReading.Read(new DraftSource("question", question)).Document.Temporal;
        if (questionDates.FirstOrDefault(d => d.Kind == TemporalKind.Range) is { } range)
        {
            return (new YearRange(range.FirstYear, range.LastYear), DraftOrigin.Unplaced("period", Describe(range.FirstYear, range.LastYear), "the years the question names"));
        }

        var dated = readings.SelectMany(r => r.Document.Temporal.Where(d => r.Document.IsProse(d.Span.Start)).Select(d => (Reading: r, Date: d))).ToArray();
        var years = dated.SelectMany(d => new[] { d.Date.FirstYear, d.Date.LastYear }).Order().ToArray();
        var questionYear = questionDates.Count > 0 ? questionDates.Max(d => d.LastYear) : (int?)null;
        if (years.Length == 0)
        {
            return questionYear is { } only
                ? (new YearRange(only, only), DraftOrigin.Unplaced("period", Describe(only, only), "the year the question names (the model essay dates nothing)"))
                : (null, DraftOrigin.Unplaced("period", "none", "the model essay gives no years, so the question has no period"));
        }

        var lowerQuartile = years[years.Length / 4];
        var upperQuartile = years[3 * (years.Length - 1) / 4];
        var fence = 1.5 * (upperQuartile - lowerQuartile);
        var kept = years.Where(y => y >= lowerQuartile - fence && y <= upperQuartile + fence).ToArray();
        var from = kept[0];
        var to = questionYear ?? kept[^1];
        from = Math.Min(from, to);
        var earliest = dated.Where(d => d.Date.FirstYear == from || d.Date.LastYear == from).Select(d => d.Reading.Origin("period", Describe(from, to), d.Date.Span, "")).FirstOrDefault();
        var note = $"from the years the model essay dates its prose with ({years.Length} in all{(kept.Length < years.Length ? $", {years.Length - kept.Length} far from the rest left out" : "")}){(questionYear is null ? "" : ", ending at the year the question names")}; the span is the earliest year kept";
        return (new YearRange(from, to), earliest is null ? DraftOrigin.Unplaced("period", Describe(from, to), note) : earliest with { Note = note });
    }

    private static string Describe(int from, int to) => string.Create(CultureInfo.InvariantCulture, $"{from}–{to}");
}
