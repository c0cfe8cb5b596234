using System.Globalization;
using System.Text;

namespace Grader.Cli.Marking;

/// <summary>Counts of rows per status and per band, for the closing summary and the exit code.</summary>
internal sealed class MarkTally
{
    private readonly Dictionary<string, long> _statuses = new(StringComparer.Ordinal) { ["ok"] = 0, ["review"] = 0, ["error"] = 0 };
    private readonly Dictionary<string, long> _bands = new(StringComparer.Ordinal);

    public long Rows { get; private set; }

    public long Errors => _statuses["error"];

    public void Add(string status, string band)
    {
        Rows++;
        _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        if (band.Length > 0)
        {
            _bands[band] = _bands.GetValueOrDefault(band) + 1;
        }
    }

    /// <summary>"ok 950, review 40, error 10; bands: Excellent 100, …" with bands in the rubric's order.</summary>
    public string Describe(IEnumerable<string> bandOrder)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"ok {_statuses["ok"]:N0}, review {_statuses["review"]:N0}, error {_statuses["error"]:N0}");
        var bands = bandOrder.Where(_bands.ContainsKey).Concat(_bands.Keys.Except(bandOrder)).ToArray();
        if (bands.Length > 0)
        {
            text.Append("; bands: ");
            text.AppendJoin(", ", bands.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b} {_bands[b]:N0}")));
        }

        return text.ToString();
    }
}
