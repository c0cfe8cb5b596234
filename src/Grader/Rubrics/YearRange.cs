namespace Grader.Rubrics;

/// <summary>An inclusive range of years, such as a question's period (1949–1956).</summary>
public sealed record YearRange(int From, int To)
{
    public bool Contains(int year) => year >= From && year <= To;

    public bool Overlaps(int first, int last) => first <= To && last >= From;
}
