using System.Globalization;
using Grader.Calibration;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>
/// The two bundled questions drafted by <c>grader init</c> (and reviewed): the engine's marks of each question's sample
/// scripts, written across the range with an intended mark each, must rank them as intended (Spearman's rho at least 0.8).
/// </summary>
public sealed class DraftedQuestionRankingTests
{
    [Theory]
    [InlineData("weimar-collapse")]
    [InlineData("vaccines")]
    public void Grade_SampleScripts_RankedAsIntended(string question)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "data", question);
        var scheme = MarkScheme.Load(Path.Combine(folder, "rubric.json")).GetValueOrThrow();
        var grader = new EssayGrader(scheme);
        var scripts = ScriptsCsv.Read(Path.Combine(folder, "scripts.csv"), "text").ToDictionary(s => s.Id, s => s.Text);
        var intended = ScriptsCsv.Read(Path.Combine(folder, "intended.csv"), "intended_mark");

        var marks = intended.Select(i => (double)grader.Grade(scripts[i.Id]).Total).ToArray();
        var rho = AgreementStatistics.Spearman(intended.Select(i => double.Parse(i.Text, CultureInfo.InvariantCulture)).ToArray(), marks);

        Assert.True(intended.Count >= 10 && intended.Count == scripts.Count, $"{intended.Count} intended marks for {scripts.Count} scripts");
        Assert.True(rho >= 0.8, $"{question}: Spearman rho {rho:0.000}; marks {string.Join(", ", intended.Zip(marks, (i, m) => $"{i.Id} {i.Text}->{m}"))}");
    }
}
