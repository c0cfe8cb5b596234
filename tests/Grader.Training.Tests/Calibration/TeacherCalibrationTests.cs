using Grader.Calibration;
using Grader.Tests.Calibration;
using Grader.Tests.Support;

namespace Grader.Training.Tests.Calibration;

public sealed class TeacherCalibrationTests
{
    [Fact]
    public void Train_TeacherTwoMarksHarsher_LearnsTheShift()
    {
        var report = CalibrationSamples.HarshTeacherCalibration.Report;

        Assert.Equal(30, report.Scripts);
        Assert.True(report.Engine.MeanEngine - report.Engine.MeanTeacher > 1.5, $"the engine is lenient before calibration: {report.Engine.MeanEngine:0.00} vs {report.Engine.MeanTeacher:0.00}");
        Assert.True(Math.Abs(report.Calibrated.MeanEngine - report.Calibrated.MeanTeacher) < 0.75, $"calibrated mean {report.Calibrated.MeanEngine:0.00} vs teacher {report.Calibrated.MeanTeacher:0.00}");
        Assert.True(Math.Abs(report.Calibrated.StandardisedMeanDifference) < Math.Abs(report.Engine.StandardisedMeanDifference) / 2);
        Assert.True(report.Calibrated.RootMeanSquaredError < report.Engine.RootMeanSquaredError, $"RMSE {report.Calibrated.RootMeanSquaredError:0.00} vs {report.Engine.RootMeanSquaredError:0.00}");
        Assert.True(report.Calibrated.QuadraticWeightedKappa > 0.8, $"cross-validated QWK {report.Calibrated.QuadraticWeightedKappa:0.000}");
    }

    [Fact]
    public void Apply_TeacherTwoMarksHarsher_MarksUnseenEssaysLower()
    {
        var model = CalibrationSamples.HarshTeacherCalibration.Model;
        var text = Essays.Read("strong-agree");
        var grade = BundledScheme.Grader.Grade(text);

        var calibrated = model.Apply(grade, text);

        Assert.Equal(grade.Total, calibrated.EngineTotal);
        Assert.InRange(grade.Total - calibrated.Total, 1, 3);
        Assert.False(string.IsNullOrEmpty(calibrated.Band));
    }

    [Fact]
    public void Train_TeacherCriterionMarks_CalibratesEachCriterionWithEnoughMarks()
    {
        var result = CalibrationSamples.CriterionTeacherCalibration;

        Assert.Equal(["structure"], result.Model.CalibratedCriteria);
        var structure = Assert.Single(result.Report.Criteria, c => c.CriterionId == "structure");
        Assert.True(structure.Agreement.MeanEngine - structure.Agreement.MeanTeacher > 1.5, $"the engine's structure marks are lenient: {structure.Agreement.MeanEngine:0.00} vs {structure.Agreement.MeanTeacher:0.00}");
        var calibrated = Assert.IsType<Agreement>(structure.Calibrated);
        Assert.Equal(30, calibrated.Count);
        Assert.True(Math.Abs(calibrated.MeanEngine - calibrated.MeanTeacher) < 0.75, $"calibrated structure mean {calibrated.MeanEngine:0.00} vs teacher {calibrated.MeanTeacher:0.00}");
        Assert.True(calibrated.RootMeanSquaredError < structure.Agreement.RootMeanSquaredError);
        var judgement = Assert.Single(result.Report.Criteria, c => c.CriterionId == "judgement");
        Assert.Null(judgement.Calibrated);
        Assert.Contains(result.Report.Notes, n => n.Contains("'judgement'", StringComparison.Ordinal) && n.Contains("Only 8", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_CriterionCalibration_MarksThatCriterionLikeTheTeacher()
    {
        var model = CalibrationSamples.CriterionTeacherCalibration.Model;
        var text = Essays.Read("strong-agree");
        var grade = BundledScheme.Grader.Grade(text);
        var engineStructure = grade.Criteria.First(c => c.Id == "structure").Mark;

        var calibrated = model.Apply(grade, text);

        var structure = Assert.Single(calibrated.Criteria);
        Assert.Equal("structure", structure.CriterionId);
        Assert.Equal(engineStructure, structure.EngineMark);
        Assert.InRange(engineStructure - structure.Mark, 1, 3);
        Assert.Empty(CalibrationSamples.HarshTeacherCalibration.Model.Apply(grade, text).Criteria);
    }

    [Fact]
    public void Train_ThirtyScripts_ReportsFoldsAndAConfidenceInterval()
    {
        var report = CalibrationSamples.HarshTeacherCalibration.Report;
        var cv = report.CrossValidation;

        Assert.Equal(5, cv.Folds.Count);
        Assert.Equal(30, cv.Folds.Sum(f => f.Count));
        Assert.True(cv.ConfidenceLow < cv.ConfidenceHigh, $"interval {cv.ConfidenceLow}–{cv.ConfidenceHigh}");
        Assert.InRange(report.Calibrated.QuadraticWeightedKappa, cv.ConfidenceLow, cv.ConfidenceHigh);
        Assert.True(double.IsFinite(cv.FoldStandardDeviation));
        Assert.DoesNotContain(report.Notes, n => n.Contains("below the 30", StringComparison.Ordinal));
        Assert.NotEmpty(report.ToReview);
    }

    [Fact]
    public void Train_ScriptsToLookAtAgain_ListsEveryGapBeyondTheUsualErrorAndNoOther()
    {
        var marks = CalibrationSamples.HarshTeacher.Skip(10).Take(15).ToArray();
        var report = TeacherCalibration.Train(BundledScheme.Value, marks, new CalibrationOptions { BootstrapResamples = 100 }).Report;
        var usualError = report.Calibrated.RootMeanSquaredError;
        var confusion = report.Calibrated.Confusion;
        var beyond = 0;
        for (var teacher = confusion.Min; teacher <= confusion.Max; teacher++)
        {
            for (var engine = confusion.Min; engine <= confusion.Max; engine++)
            {
                beyond += Math.Abs(teacher - engine) > usualError ? confusion.Count(teacher, engine) : 0;
            }
        }

        var disagreements = report.ToReview.Where(r => r.Reason == ReviewReason.Disagreement).ToArray();
        var unsure = report.ToReview.Where(r => r.Reason == ReviewReason.Uncertain).ToArray();

        Assert.Equal(Math.Min(beyond, 10), disagreements.Length);
        Assert.All(disagreements, r => Assert.True(Math.Abs(r.TeacherMark - r.CalibratedMark) > usualError, $"{r.Id}: teacher {r.TeacherMark}, calibrated {r.CalibratedMark}, usual error {usualError:0.00}"));
        Assert.All(unsure, r => Assert.True(r.Uncertainty > usualError - 0.005 || r.Flags.Count > 0, $"{r.Id}: uncertainty {r.Uncertainty:0.00}, usual error {usualError:0.00}"));
    }

    [Fact]
    public void Train_TwelveScripts_TrainsAndSaysTheSampleIsTooSmall()
    {
        var marks = CalibrationSamples.HarshTeacher.Skip(16).Take(12).ToArray();

        var result = TeacherCalibration.Train(BundledScheme.Value, marks, new CalibrationOptions { BootstrapResamples = 100 });

        Assert.Equal(12, result.Report.Scripts);
        Assert.Contains(result.Report.Notes, n => n.Contains("below the 30", StringComparison.Ordinal));
    }

    [Fact]
    public void Train_FewerThanTenScripts_Throws()
    {
        var marks = CalibrationSamples.HarshTeacher.Take(9).ToArray();

        var exception = Assert.Throws<ArgumentException>(() => TeacherCalibration.Train(BundledScheme.Value, marks));

        Assert.Contains("at least 10", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_MarkAboveTheRubricMaximum_ThrowsNamingTheScript()
    {
        var marks = CalibrationSamples.HarshTeacher.Select((m, i) => i == 3 ? m with { TeacherMark = 31 } : m).ToArray();

        var exception = Assert.Throws<ArgumentException>(() => TeacherCalibration.Train(BundledScheme.Value, marks));

        Assert.Contains(marks[3].Id, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_CriterionGivenTheSameMarkEverywhere_CalibratesItToThatMark()
    {
        var marks = CalibrationSamples.HarshTeacher.Select(m => m with { CriterionMarks = new Dictionary<string, int> { ["balance"] = 3 } }).ToArray();

        var result = TeacherCalibration.Train(BundledScheme.Value, marks, new CalibrationOptions { BootstrapResamples = 10 });

        Assert.Equal(["balance"], result.Model.CalibratedCriteria);
        foreach (var (_, text) in CalibrationSamples.Essays.Take(5))
        {
            var grade = BundledScheme.Grader.Grade(text);
            Assert.Equal(3, Assert.Single(result.Model.Apply(grade, text).Criteria).Mark);
        }
    }

    [Theory]
    [InlineData("structure", 6, "outside 0–5")]
    [InlineData("structure", -1, "outside 0–5")]
    [InlineData("style", 2, "does not have")]
    public void Train_BadCriterionMark_ThrowsNamingTheScriptAndCriterion(string criterion, int value, string expected)
    {
        var marks = CalibrationSamples.HarshTeacher.Select((m, i) => i == 4 ? m with { CriterionMarks = new Dictionary<string, int> { [criterion] = value } } : m).ToArray();

        var exception = Assert.Throws<ArgumentException>(() => TeacherCalibration.Train(BundledScheme.Value, marks));

        Assert.Contains(marks[4].Id, exception.Message, StringComparison.Ordinal);
        Assert.Contains($"'{criterion}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SecondMarker_ReportsHumanHumanAndPerMarkerAgreement()
    {
        var first = CalibrationSamples.HarshTeacher.Skip(10).Take(14).Select(m => m with { Marker = "A" }).ToArray();
        var second = first.Take(8).Select(m => m with { Marker = "B", TeacherMark = Math.Min(30, m.TeacherMark + 1) }).ToArray();

        var report = TeacherCalibration.Train(BundledScheme.Value, [.. first, .. second], new CalibrationOptions { BootstrapResamples = 50 }).Report;

        Assert.NotNull(report.HumanHuman);
        Assert.Equal(8, report.HumanHuman!.Count);
        Assert.Equal(["A", "B"], report.Markers.Select(m => m.Marker));
        Assert.Equal(1.0, report.Markers.Single(m => m.Marker == "B").BiasAgainstOtherMarkers, 9);
        Assert.Equal(-1.0, report.Markers.Single(m => m.Marker == "A").BiasAgainstOtherMarkers, 9);
    }
}
