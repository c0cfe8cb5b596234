using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>
/// An event with its correct year (or years, <see cref="Year"/> to <see cref="LastYear"/>), the phrases that name
/// it, and other years that may correctly be attached to those phrases.
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="Event">The event, in words.</param>
/// <param name="Terms">Words that name it in an essay.</param>
/// <param name="Year">Its first year.</param>
/// <param name="LastYear">Its last year (the same as <paramref name="Year"/> for a one-year event).</param>
/// <param name="Date">Its exact date in words, when known.</param>
/// <param name="OtherYears">Further years also right for it.</param>
public sealed record TimelineEvent(string Id, string Event, IReadOnlyList<string> Terms, int Year, int LastYear, string? Date, IReadOnlyList<int> OtherYears)
{
    /// <summary>Words that name the event in an essay. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<string> Terms { get; init => field = ValueList.From(value); } = ValueList.From(Terms);

    /// <summary>Further years that are also right for the event. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<int> OtherYears { get; init => field = ValueList.From(value); } = ValueList.From(OtherYears);

    /// <summary>Whether <paramref name="year"/> is a right year for the event (its span or one of its other years).</summary>
    public bool Accepts(int year) => (year >= Year && year <= LastYear) || OtherYears.Contains(year);
}
