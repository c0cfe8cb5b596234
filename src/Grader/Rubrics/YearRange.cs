namespace Grader.Rubrics;

/// <summary>An inclusive range of years, such as a question's period (1949–1956).</summary>
/// <param name="From">The first year.</param>
/// <param name="To">The last year.</param>
public sealed record YearRange(int From, int To)
{
    /// <summary>Whether <paramref name="year"/> is within the range (inclusive).</summary>
    public bool Contains(int year) => year >= From && year <= To;

    /// <summary>Whether the years <paramref name="first"/>–<paramref name="last"/> share at least one year with the range.</summary>
    public bool Overlaps(int first, int last) => first <= To && last >= From;
}
