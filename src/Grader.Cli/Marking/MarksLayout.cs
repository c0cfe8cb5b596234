using System.Globalization;
using System.Text;
using Grader.Cli.Csv;
using Grader.Reporting;
using Grader.Scoring;

namespace Grader.Cli.Marking;

/// <summary>
/// The columns of the marks CSV: <c>id, status, total, max, band</c>, one per rubric criterion, <c>flags, error, row</c>,
/// then the input's other columns. With a calibration, <c>total</c> and <c>band</c> are the calibrated model's and an
/// <c>engine_total</c> column after <c>band</c> keeps the rubric's own total (the criterion marks are always the rubric's); (renamed <c>input_…</c> if they clash with these). <c>row</c> is the input data row
/// number, which lets <c>grader merge</c> put shard outputs back in input order.
/// </summary>
internal sealed class MarksLayout
{
    public const string RowColumn = "row";
    private const string PassThroughPrefix = "input_";
    private readonly string[] _criterionIds;

    public const string EngineTotalColumn = "engine_total";
    private readonly bool _calibrated;

    public MarksLayout(IReadOnlyList<string> criterionIds, IReadOnlyList<string> passThroughColumns, bool calibrated = false)
    {
        _criterionIds = criterionIds.ToArray();
        _calibrated = calibrated;
        var engine = new List<string> { "id", "status", "total", "max", "band" };
        if (calibrated)
        {
            engine.Add(EngineTotalColumn);
        }

        engine.AddRange(_criterionIds);
        engine.AddRange(["flags", "error", RowColumn]);
        var taken = new HashSet<string>(engine, StringComparer.OrdinalIgnoreCase);
        var columns = new List<string>(engine);
        foreach (var name in passThroughColumns)
        {
            var unique = name;
            while (!taken.Add(unique))
            {
                unique = PassThroughPrefix + unique;
            }

            columns.Add(unique);
        }

        Columns = columns;
        StatusIndex = 1;
        RowIndex = engine.Count - 1;
    }

    public IReadOnlyList<string> Columns { get; }

    public int StatusIndex { get; }

    public int RowIndex { get; }

    /// <summary>The header cells, formula-escaped like every cell (a pass-through column may be named anything).</summary>
    public string[] HeaderCells() => Columns.Select(SpreadsheetFormula.Escape).ToArray();

    /// <summary>The CSV cells for one row, formula-escaped: its marks, or (result null) an error row with the row's problem.</summary>
    public string[] RowCells(EssayRow row, GradeResult? result, int max, int? engineTotal = null)
    {
        var cells = new List<string>(Columns.Count) { row.Id };
        if (result is null || result.Status == GradeStatus.Error)
        {
            cells.Add("error");
            cells.Add("");
            cells.Add(max.ToString(CultureInfo.InvariantCulture));
            cells.Add("");
            if (_calibrated)
            {
                cells.Add("");
            }

            cells.AddRange(_criterionIds.Select(_ => ""));
            cells.Add("");
            cells.Add(row.Problem ?? result?.Error ?? "could not be marked");
        }
        else
        {
            cells.Add(GradeJsonWriter.StatusName(result.Status));
            cells.Add(result.Total.ToString(CultureInfo.InvariantCulture));
            cells.Add(result.Max.ToString(CultureInfo.InvariantCulture));
            cells.Add(result.Band);
            if (_calibrated)
            {
                cells.Add((engineTotal ?? result.Total).ToString(CultureInfo.InvariantCulture));
            }

            foreach (var id in _criterionIds)
            {
                var criterion = result.Criteria.FirstOrDefault(c => c.Id == id);
                cells.Add(criterion is null ? "" : criterion.Mark.ToString(CultureInfo.InvariantCulture));
            }

            cells.Add(string.Join(";", result.Flags.Select(f => f.Code).Distinct(StringComparer.Ordinal)));
            cells.Add("");
        }

        cells.Add(row.Row.ToString(CultureInfo.InvariantCulture));
        cells.AddRange(row.PassThrough);
        return cells.Select(SpreadsheetFormula.Escape).ToArray();
    }

    /// <summary>The details line (JSONL) for one row: the explain JSON with the id first.</summary>
    public static string DetailsLine(EssayRow row, GradeResult result) =>
        new StringBuilder(GradeJsonWriter.ToJson(result, row.Id, indented: false)).Append('\n').ToString();
}
