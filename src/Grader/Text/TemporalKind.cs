namespace Grader.Text;

/// <summary>How precise a time reference is.</summary>
internal enum TemporalKind : byte
{
    /// <summary>A year on its own: "1950".</summary>
    Year,

    /// <summary>A month and year: "October 1949".</summary>
    MonthYear,

    /// <summary>A day, month and year: "14 February 1950", "February 14, 1950", "1950-02-14".</summary>
    FullDate,

    /// <summary>A range of years: "1949–1956", "1953 - 1956", "1950-53", "from 1953 to 1956", "between 1953 and 1956".</summary>
    Range,

    /// <summary>A decade: "the 1930s", "1950s".</summary>
    Decade,
}
