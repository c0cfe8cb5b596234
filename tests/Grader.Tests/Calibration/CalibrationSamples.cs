using System.Text;
using Grader.Calibration;
using Grader.Tests.Support;

namespace Grader.Tests.Calibration;

/// <summary>
/// Marked samples for the calibration tests, built from the repository's own essays (tests/Grader.Tests/Essays, the 12
/// sample scripts, the seed essay and one essay without its conclusion: 30 in all) with synthetic teacher marks derived from the engine's totals.
/// </summary>
internal static class CalibrationSamples
{
    private static readonly Lazy<IReadOnlyList<(string Id, string Text)>> AllEssays = new(Load);

    /// <summary>A teacher who is systematically 2 marks harsher than the engine, give or take one mark (seeded).</summary>
    private static readonly Lazy<IReadOnlyList<MarkedScript>> HarshMarks = new(() =>
    {
        var random = new Random(11);
        return AllEssays.Value.Select(essay =>
        {
            var engine = BundledScheme.Grader.Grade(essay.Text).Total;
            var mark = Math.Clamp(engine - 2 + random.Next(-1, 2), 0, 30);
            return new MarkedScript(essay.Id, essay.Text, mark, new Dictionary<string, int>());
        }).ToArray();
    });

    private static readonly Lazy<CalibrationResult> HarshResult = new(() => TeacherCalibration.Train(BundledScheme.Value, HarshMarks.Value));

    public static IReadOnlyList<(string Id, string Text)> Essays => AllEssays.Value;

    public static IReadOnlyList<MarkedScript> HarshTeacher => HarshMarks.Value;

    /// <summary>The calibration trained once on the harsh teacher's 30 scripts (shared: it is immutable).</summary>
    public static CalibrationResult HarshTeacherCalibration => HarshResult.Value;

    private static IReadOnlyList<(string, string)> Load()
    {
        var essays = new List<(string, string)>();
        foreach (var name in Support.Essays.Names())
        {
            essays.Add((name, Support.Essays.Read(name)));
        }

        var csv = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "soviet-union-prc", "scripts.csv"));
        var records = ParseCsv(csv);
        var header = records[0];
        var id = header.IndexOf("id");
        var text = header.IndexOf("text");
        essays.AddRange(records.Skip(1).Select(r => (r[id], r[text])));
        essays.Add(("seed", File.ReadAllText(RepositoryPaths.Seed)));
        var strong = Support.Essays.Paragraphs(Support.Essays.Read("strong-disagree"));
        essays.Add(("strong-disagree-without-conclusion", Support.Essays.Join(strong.Take(strong.Length - 1))));
        return essays;
    }

    /// <summary>A minimal RFC 4180 reader for the bundled sample file.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
