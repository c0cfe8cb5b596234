using Grader.Calibration;
using Grader.Reporting;
using Grader.Scoring;
using Grader.Tests.Calibration;
using Grader.Tests.Loading;
using Grader.Tests.Support;

namespace Grader.Tests;

/// <summary>The library samples in README.md are this code: they compile here, run here, and must match README word for word.</summary>
public sealed class ReadmeSampleTests
{
    [Fact]
    public void ReadmeSample_CompilesRunsAndMatchesTheReadme()
    {
        var rubricPath = RepositoryPaths.BundledRubric;
        var essayText = Essays.Read("strong-agree");
        var output = new StringWriter();

        // begin-sample grading
        // Load once (rubric, answer key, model essay, similarity model); share across threads.
        var load = MarkScheme.Load(rubricPath);
        if (!load.Succeeded)
        {
            foreach (var problem in load.Problems)
            {
                output.WriteLine(problem); // file:line: $.path: message
            }

            return;
        }

        var grader = new EssayGrader(load.Value!);
        GradeResult result = grader.Grade(essayText);

        output.WriteLine($"{result.Status}: {result.Total}/{result.Max} ({result.Band})");
        foreach (var criterion in result.Criteria)
        {
            output.WriteLine($"{criterion.Id}: level {criterion.Level}, {criterion.Mark}/{criterion.Max}");
            foreach (var reason in criterion.Reasons)
            {
                output.WriteLine($"  {reason.Effect}: {reason.Message}");
            }
        }

        string json = GradeJsonWriter.ToJson(result, id: "S001");
        // end-sample

        Assert.StartsWith("Ok: ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"id\": \"S001\"", json, StringComparison.Ordinal);
        Assert.Contains(SampleLines("grading"), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeCalibrationSample_CompilesRunsAndMatchesTheReadme()
    {
        var scheme = BundledScheme.Value;
        var grader = BundledScheme.Grader;
        var markedScripts = CalibrationSamples.CriterionTeacher;
        var essayText = Essays.Read("strong-agree");
        using var folder = new TempFolder();
        var calibrationPath = folder.Combine("team.calibration.json");
        var output = new StringWriter();

        // begin-sample calibration
        // Learn from a teacher's marked scripts (MarkedScript: id, text, total, criterion marks, marker).
        CalibrationResult calibration = TeacherCalibration.Train(scheme, markedScripts);
        AgreementReport report = calibration.Report;
        output.WriteLine($"cross-validated QWK {report.Calibrated.QuadraticWeightedKappa:0.000}, "
            + $"95% interval {report.CrossValidation.ConfidenceLow:0.000}–{report.CrossValidation.ConfidenceHigh:0.000}");
        using (var file = File.Create(calibrationPath))
        {
            calibration.Model.Save(file);
        }

        // Later, or in another process: load it and mark new essays the teacher's way.
        CalibrationModel model;
        using (var file = File.OpenRead(calibrationPath))
        {
            model = CalibrationModel.Load(file);
        }

        if (model.CheckFits(scheme) is { } mismatch)
        {
            output.WriteLine(mismatch); // trained for another rubric, or the rubric has changed
            return;
        }

        GradeResult grade = grader.Grade(essayText);
        CalibratedMark mark = model.Apply(grade, essayText);
        output.WriteLine($"{mark.Total}/{grade.Max} ({mark.Band}); the rubric alone gives {mark.EngineTotal}");
        foreach (var criterion in mark.Criteria)
        {
            output.WriteLine($"{criterion.CriterionId}: {criterion.Mark} (rubric alone {criterion.EngineMark})");
        }
        // end-sample

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("cross-validated QWK ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("structure: ", lines[^1], StringComparison.Ordinal);
        Assert.Contains(SampleLines("calibration"), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), StringComparison.Ordinal);
    }

    private static string SampleLines(string name)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Grader.Tests", "ReadmeSampleTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// begin-sample " + name) + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end-sample");
        var indent = source[start].Length - source[start].TrimStart().Length;
        return string.Join("\n", source[start..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
