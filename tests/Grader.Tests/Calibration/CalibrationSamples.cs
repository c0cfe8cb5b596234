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

    /// <summary>
    /// The harsh teacher's totals, plus structure marks on every script (2 below the engine's, give or take one, seeded)
    /// and judgement marks on only 8 scripts: too few to calibrate that criterion.
    /// </summary>
    private static readonly Lazy<IReadOnlyList<MarkedScript>> CriterionMarks = new(() =>
    {
        var random = new Random(17);
        return HarshMarks.Value.Select((script, i) =>
        {
            var grade = BundledScheme.Grader.Grade(script.Text);
            var structure = grade.Criteria.First(c => c.Id == "structure");
            var marks = new Dictionary<string, int> { ["structure"] = Math.Clamp(structure.Mark - 2 + random.Next(-1, 2), 0, structure.Max) };
            if (i < 8)
            {
                marks["judgement"] = grade.Criteria.First(c => c.Id == "judgement").Mark;
            }

            return script with { CriterionMarks = marks };
        }).ToArray();
    });

    private static readonly Lazy<CalibrationResult> CriterionResult = new(() => TeacherCalibration.Train(BundledScheme.Value, CriterionMarks.Value, new CalibrationOptions { BootstrapResamples = 100 }));

    private static readonly Lazy<CalibrationResult> HarshResult = new(() => TeacherCalibration.Train(BundledScheme.Value, HarshMarks.Value));

    public static IReadOnlyList<(string Id, string Text)> Essays => AllEssays.Value;

    public static IReadOnlyList<MarkedScript> HarshTeacher => HarshMarks.Value;

    /// <summary>The harsh teacher's marks with structure marks on every script and judgement marks on eight.</summary>
    public static IReadOnlyList<MarkedScript> CriterionTeacher => CriterionMarks.Value;

    /// <summary>The calibration trained once on the harsh teacher's 30 scripts (shared: it is immutable).</summary>
    public static CalibrationResult HarshTeacherCalibration => HarshResult.Value;

    /// <summary>The calibration trained once on the harsh teacher's marks with their structure (and a few judgement) marks.</summary>
    public static CalibrationResult CriterionTeacherCalibration => CriterionResult.Value;

    private static IReadOnlyList<(string, string)> Load()
    {
        var essays = new List<(string, string)>();
        foreach (var name in Support.Essays.Names())
        {
            essays.Add((name, Support.Essays.Read(name)));
        }

        essays.AddRange(ScriptsCsv.Read());
        essays.Add(("seed", File.ReadAllText(RepositoryPaths.Seed)));
        var strong = Support.Essays.Paragraphs(Support.Essays.Read("strong-disagree"));
        essays.Add(("strong-disagree-without-conclusion", Support.Essays.Join(strong.Take(strong.Length - 1))));
        return essays;
    }
}
