using System.Diagnostics;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Calibration;

public sealed class CalibrateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string TeacherMarks => Path.Combine(RepositoryFiles.Root, "data", "soviet-union-prc", "teacher-marks.csv");

    [Fact]
    public void Calibrate_BundledTeacherMarks_PrintsAgreementAndSaysTheSampleIsSmall()
    {
        var run = CliRun.In(RepositoryFiles.Root, "calibrate", TeacherMarks);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("QWK", run.Out, StringComparison.Ordinal);
        Assert.Contains("95% bootstrap interval", run.Out, StringComparison.Ordinal);
        Assert.Contains("Marker Examiner B", run.Out, StringComparison.Ordinal);
        Assert.Contains("Scripts to look at again", run.Out, StringComparison.Ordinal);
        Assert.Contains("below the 30", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CalibrateThenMark_SavedCalibration_MarkWritesCalibratedTotalsAndEngineTotal()
    {
        var save = _folder.File("team.calibration.json");
        var calibrate = CliRun.In(RepositoryFiles.Root, "calibrate", TeacherMarks, "--save", save, "--report", _folder.File("report.html"));
        Assert.Equal(ExitCodes.Success, calibrate.ExitCode);
        Assert.True(File.Exists(_folder.File("report.md")));

        var mark = CliRun.In(RepositoryFiles.Root, "mark", Path.Combine(RepositoryFiles.Root, "data", "soviet-union-prc", "scripts.csv"), "--calibration", save);

        Assert.Equal(ExitCodes.Success, mark.ExitCode);
        var rows = TempFolder.ParseCsv(mark.Out);
        Assert.Equal(["id", "status", "total", "max", "band", "engine_total"], rows[0].Take(6));
        Assert.Equal(13, rows.Count);
        var totals = rows.Skip(1).Select(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var engineTotals = rows.Skip(1).Select(r => int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(totals.Average() < engineTotals.Average(), "the bundled marks are harsher than the engine, and so is the calibration");
    }

    [Fact]
    public void CalibrateThenMark_TeacherCriterionMarks_CalibratesThoseCriterionColumns()
    {
        var save = _folder.File("team.calibration.json");
        var calibrate = CliRun.In(RepositoryFiles.Root, "calibrate", TeacherMarks, "--save", save);
        Assert.Equal(ExitCodes.Success, calibrate.ExitCode);
        Assert.Contains("Criterion judgement: engine QWK", calibrate.Out, StringComparison.Ordinal);
        Assert.Contains("calibrated (cross-validated) QWK", calibrate.Out, StringComparison.Ordinal);
        var scripts = Path.Combine(RepositoryFiles.Root, "data", "soviet-union-prc", "scripts.csv");

        var calibrated = TempFolder.ParseCsv(CliRun.In(RepositoryFiles.Root, "mark", scripts, "--calibration", save).Out);
        var engine = TempFolder.ParseCsv(CliRun.In(RepositoryFiles.Root, "mark", scripts).Out);

        // The bundled teacher marks judgement and structure more harshly than the engine; the other criteria stay the engine's.
        foreach (var (criterion, harsher) in new[] { ("judgement", true), ("structure", true), ("evidence", false), ("analysis", false) })
        {
            var withCalibration = Column(calibrated, criterion);
            var without = Column(engine, criterion);
            if (harsher)
            {
                Assert.True(withCalibration.Average() < without.Average(), $"{criterion}: calibrated mean {withCalibration.Average():0.00}, engine {without.Average():0.00}");
            }
            else
            {
                Assert.Equal(without, withCalibration);
            }
        }
    }

    private static int[] Column(List<IReadOnlyList<string>> rows, string name)
    {
        var index = rows[0].ToList().IndexOf(name);
        Assert.True(index >= 0, $"no column {name}");
        return rows.Skip(1).Select(r => int.Parse(r[index], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    [Fact]
    public void Mark_CalibrationForAnotherRubric_RefusedWithAClearMessage()
    {
        var save = _folder.File("team.calibration.json");
        Assert.Equal(ExitCodes.Success, CliRun.In(RepositoryFiles.Root, "calibrate", TeacherMarks, "--save", save).ExitCode);
        var rubric = File.ReadAllText(RepositoryFiles.Rubric).Replace("\"id\": \"pre-u-9778-2013b-soviet-union\"", "\"id\": \"another-question\"", StringComparison.Ordinal);
        Assert.Contains("another-question", rubric, StringComparison.Ordinal);
        var rubricPath = Path.Combine(Path.GetDirectoryName(RepositoryFiles.Rubric)!, $"rubric-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(rubricPath, rubric);
        try
        {
            var mark = CliRun.In(RepositoryFiles.Root, "mark", Path.Combine(RepositoryFiles.Root, "data", "soviet-union-prc", "scripts.csv"), "--rubric", rubricPath, "--calibration", save);

            Assert.Equal(ExitCodes.Failure, mark.ExitCode);
            Assert.Contains("trained for the rubric 'pre-u-9778-2013b-soviet-union', not 'another-question'", mark.Error, StringComparison.Ordinal);
            Assert.Equal("", mark.Out);
        }
        finally
        {
            File.Delete(rubricPath);
        }
    }

    [Fact]
    public void Calibrate_BadRows_ReportsEveryProblemWithItsLine()
    {
        var csv = _folder.Write("marks.csv", "id,text,teacher_mark,teacher_nonsense\nA,Some text,12,1\nB,,5,1\nC,More text,forty,1\nD,Text,31,\n");

        var run = CliRun.In(_folder.Path, "calibrate", csv);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("marks.csv:1: column 'teacher_nonsense'", run.Error, StringComparison.Ordinal);
        Assert.Contains("marks.csv:3: script 'B' has no text", run.Error, StringComparison.Ordinal);
        Assert.Contains("marks.csv:4: teacher_mark of 'C' is 'forty'", run.Error, StringComparison.Ordinal);
        Assert.Contains("marks.csv:5: teacher_mark of 'D' is 31, outside 0–30", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_FewerThanTenScripts_FailsSayingHowManyAreNeeded()
    {
        var csv = _folder.Write("marks.csv", "id,text,teacher_mark\nA,Some text,12\nB,Other text,5\n");

        var run = CliRun.In(_folder.Path, "calibrate", csv);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("needs at least 10", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "calibrate" }, "Required argument missing for command: 'calibrate'")]
    [InlineData(new[] { "calibrate", "a.csv", "--folds", "1" }, "--folds must be a whole number from 2 to 20, not '1'")]
    [InlineData(new[] { "evaluate", "asap" }, "Required argument missing for command: 'asap'")]
    [InlineData(new[] { "evaluate", "asap", "x", "--prompts", "1,9" }, "--prompts takes prompt numbers 1 to 8 separated by commas, not '9'")]
    public void Calibrate_BadCommandLine_ExitsWithUsage(string[] args, string message)
    {
        var run = CliRun.In(_folder.Path, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error: " + message, run.Error, StringComparison.Ordinal);
        Assert.Contains($"Run 'grader {string.Join(' ', args.TakeWhile(a => a is "calibrate" or "evaluate" or "asap"))} --help'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FolderWithoutTheDataSet_FailsWithAClearMessage()
    {
        var run = CliRun.In(_folder.Path, "evaluate", "asap", _folder.Path);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("training_set_rel3.reconstructed.tsv: not found", run.Error, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Report_InHeadlessChromium_RendersTheKeyFigures()
    {
        var report = _folder.File("report.html");
        Assert.Equal(ExitCodes.Success, CliRun.In(RepositoryFiles.Root, "calibrate", TeacherMarks, "--report", report).ExitCode);
        var profile = Directory.CreateDirectory(_folder.File("chromium-profile")).FullName;

        var start = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={profile}", "--dump-dom", new Uri(report).AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "chromium finished within a minute");

        Assert.Contains("How far the engine agrees with the teacher", dom, StringComparison.Ordinal);
        foreach (var id in new[] { "agreement-table", "confusion-heatmap", "distributions", "bias-by-level", "marker-bias", "folds-table" })
        {
            Assert.Contains($"id=\"{id}\"", dom, StringComparison.Ordinal);
        }

        Assert.Contains("quadratic weighted kappa", dom, StringComparison.Ordinal);
        Assert.Contains("<rect", dom, StringComparison.Ordinal);
        Assert.Contains("Examiner B", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        GC.KeepAlive(stderr);
    }

    [Fact]
    public void Calibrate_EveryTeacherMarkTheSame_SaysAgreementCannotBeMeasuredInsteadOfAPerfectScore()
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "id", "text", "teacher_mark" } };
        rows.AddRange(Enumerable.Range(0, 12).Select(i => new[] { $"T{i}", Support.SampleEssays.Essay(i), "15" }));
        var csv = _folder.Write("same.csv", EssaysCsv.Build(rows));

        var run = CliRun.In(_folder.Path, "calibrate", csv);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("every script in same.csv has the teacher mark 15. Agreement cannot be measured", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("QWK", run.Out, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Report_InHeadlessChromium_EveryChartTextFitsInsideItsChart()
    {
        var report = _folder.File("report.html");
        Assert.Equal(ExitCodes.Success, CliRun.In(RepositoryFiles.Root, "calibrate", TeacherMarks, "--report", report).ExitCode);

        // A copy of the report with a script that measures every text of every chart as the browser draws it and lists
        // those that reach outside their chart (the report itself has no script).
        const string measure = """
            <script>
            const out = [];
            for (const svg of document.querySelectorAll('svg')) {
              const box = svg.getBoundingClientRect();
              for (const t of svg.querySelectorAll('text')) {
                const b = t.getBoundingClientRect();
                if (b.left < box.left - 0.5 || b.right > box.right + 0.5 || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5) out.push(svg.id + ': ' + t.textContent + ' [' + (b.left - box.left).toFixed(1) + '..' + (b.right - box.left).toFixed(1) + ' of ' + box.width.toFixed(1) + ']');
              }
            }
            const pre = document.createElement('pre');
            pre.id = 'measure' + 'd';
            pre.textContent = out.length ? out.join(' / ') : 'all' + ' fit';
            document.body.appendChild(pre);
            </script>
            """;
        var page = _folder.Write("measure.html", File.ReadAllText(report).Replace("</body>", measure + "</body>", StringComparison.Ordinal));

        var dom = DumpDom(page);

        var measured = System.Text.RegularExpressions.Regex.Match(dom, "<pre id=\"measured\">(.*?)</pre>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(measured.Success, "the measuring script ran");
        Assert.Equal("all fit", measured.Groups[1].Value);
    }

    private string DumpDom(string page)
    {
        var profile = Directory.CreateDirectory(_folder.File("chromium-profile-" + Guid.NewGuid().ToString("N"))).FullName;
        var start = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={profile}", "--dump-dom", new Uri(page).AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "chromium finished within a minute");
        GC.KeepAlive(stderr);
        return dom;
    }
}
