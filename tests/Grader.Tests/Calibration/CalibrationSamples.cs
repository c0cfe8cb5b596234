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

        essays.AddRange(ScriptsCsv.Read());
        essays.Add(("seed", File.ReadAllText(RepositoryPaths.Seed)));
        var strong = Support.Essays.Paragraphs(Support.Essays.Read("strong-disagree"));
        essays.Add(("strong-disagree-without-conclusion", Support.Essays.Join(strong.Take(strong.Length - 1))));
        return essays;
    }
}
