namespace Grader.Text;

/// <summary>
/// A way of writing a month: its number (1–12), whether it is an abbreviation ("Oct", which may take a full
/// stop) and whether it must be capitalised to count ("May" and "March" are also ordinary words).
/// </summary>
internal readonly record struct MonthName(int Month, bool IsAbbreviation, bool NeedsCapital);
