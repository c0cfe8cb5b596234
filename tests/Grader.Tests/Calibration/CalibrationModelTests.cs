using Grader.Calibration;
using Grader.Rubrics;
using Grader.Tests.Support;

namespace Grader.Tests.Calibration;

public sealed class CalibrationModelTests
{
    private static byte[] Bytes(CalibrationModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void SaveLoad_RoundTrip_SameBytesAndSameMarks()
    {
        var model = CalibrationSamples.HarshTeacherCalibration.Model;
        var saved = Bytes(model);

        var loaded = CalibrationModel.Load(new MemoryStream(saved));

        Assert.Equal(saved, Bytes(loaded));
        foreach (var (_, text) in CalibrationSamples.Essays.Take(8))
        {
            var grade = BundledScheme.Grader.Grade(text);
            var before = model.Apply(grade, text);
            var after = loaded.Apply(grade, text);
            Assert.Equal(before.Total, after.Total);
            Assert.Equal(before.Prediction, after.Prediction, 4);
        }
    }

    [Fact]
    public void SaveLoad_WithCriterionModels_SameBytesAndSameCriterionMarks()
    {
        var model = CalibrationSamples.CriterionTeacherCalibration.Model;
        var saved = Bytes(model);

        var loaded = CalibrationModel.Load(new MemoryStream(saved));

        Assert.Equal(saved, Bytes(loaded));
        Assert.Equal(model.CalibratedCriteria, loaded.CalibratedCriteria);
        foreach (var (_, text) in CalibrationSamples.Essays.Take(6))
        {
            var grade = BundledScheme.Grader.Grade(text);
            var before = model.Apply(grade, text);
            var after = loaded.Apply(grade, text);
            Assert.Equal(before.Criteria.Select(c => c.Mark), after.Criteria.Select(c => c.Mark));
            Assert.Equal(before.Criteria[0].Prediction, after.Criteria[0].Prediction, 4);
        }
    }

    [Fact]
    public void Load_VersionTwoFile_ReadsItWithoutCriterionModels()
    {
        var model = CalibrationSamples.HarshTeacherCalibration.Model;
        var json = System.Text.Encoding.UTF8.GetString(Bytes(model));
        Assert.Contains("\"version\":3", json, StringComparison.Ordinal);
        var versionTwo = json.Replace("\"version\":3", "\"version\":2", StringComparison.Ordinal).Replace(",\"criterionModels\":[]", "", StringComparison.Ordinal);

        var loaded = CalibrationModel.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(versionTwo)));

        Assert.Empty(loaded.CalibratedCriteria);
        var text = CalibrationSamples.Essays[0].Text;
        var grade = BundledScheme.Grader.Grade(text);
        Assert.Equal(model.Apply(grade, text).Total, loaded.Apply(grade, text).Total);
    }

    [Fact]
    public void Load_CriterionModelForACriterionTheRubricLacks_ThrowsInvalidDataNamingIt()
    {
        var json = System.Text.Encoding.UTF8.GetString(Bytes(CalibrationSamples.CriterionTeacherCalibration.Model));
        var damaged = json.Replace("\"criterion\":\"structure\"", "\"criterion\":\"style\"", StringComparison.Ordinal);
        Assert.NotEqual(json, damaged);

        var exception = Assert.Throws<InvalidDataException>(() => CalibrationModel.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(damaged))));

        Assert.Contains("'style'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SameInputsAndSeed_GiveTheSameFile()
    {
        var again = TeacherCalibration.Train(BundledScheme.Value, CalibrationSamples.HarshTeacher);

        Assert.Equal(Bytes(CalibrationSamples.HarshTeacherCalibration.Model), Bytes(again.Model));
        Assert.Equal(CalibrationSamples.HarshTeacherCalibration.Report.Calibrated.QuadraticWeightedKappa, again.Report.Calibrated.QuadraticWeightedKappa);
    }

    [Fact]
    public void CheckFits_TheRubricItWasTrainedFor_IsNull()
    {
        Assert.Null(CalibrationSamples.HarshTeacherCalibration.Model.CheckFits(BundledScheme.Value));
    }

    [Fact]
    public void CheckFits_AnotherRubric_SaysWhichRubricItWasTrainedFor()
    {
        var bundled = BundledScheme.Value.Rubric;
        var other = bundled with { Id = "another-question" };
        var scheme = MarkScheme.Create(other, AnswerKey.Empty);

        var problem = CalibrationSamples.HarshTeacherCalibration.Model.CheckFits(scheme);

        Assert.NotNull(problem);
        Assert.Contains(bundled.Id, problem, StringComparison.Ordinal);
        Assert.Contains("another-question", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFits_SameRubricWithChangedCriteria_AsksToTrainAgain()
    {
        var bundled = BundledScheme.Value.Rubric;
        var changed = bundled with { Bands = [.. bundled.Bands.Select((b, i) => i == 0 ? b with { MinMark = b.MinMark - 1 } : b)] };

        var problem = CalibrationSamples.HarshTeacherCalibration.Model.CheckFits(MarkScheme.Create(changed, AnswerKey.Empty));

        Assert.Contains("has changed", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"format\":\"something-else\"}")]
    [InlineData("{\"format\":\"grader-calibration\",\"version\":99}")]
    [InlineData("{\"format\":\"grader-calibration\",\"version\":2}")]
    public void Load_NotACalibrationFile_ThrowsInvalidDataWithAMessage(string content)
    {
        var exception = Assert.Throws<InvalidDataException>(() => CalibrationModel.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content))));

        Assert.Contains("calibration", exception.Message, StringComparison.OrdinalIgnoreCase);
    }
}
