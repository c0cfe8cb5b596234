using System.Globalization;

namespace Grader.Cli.Csv;

/// <summary>
/// Defuses spreadsheet formula injection (CSV injection): a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// a tab or a carriage return is written with a leading apostrophe so spreadsheets show it as text. Plain numbers such as
/// <c>-12</c> or <c>+3.5</c> are left alone: they cannot run anything and a spreadsheet reads them as numbers.
/// </summary>
internal static class SpreadsheetFormula
{
    public static string Escape(string cell)
    {
        if (cell.Length == 0 || cell[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return cell;
        }

        return IsPlainNumber(cell) ? cell : "'" + cell;
    }

    private static bool IsPlainNumber(string cell) =>
        cell.Length > 1
        && cell[0] is '+' or '-'
        && char.IsAsciiDigit(cell[1])
        && decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
