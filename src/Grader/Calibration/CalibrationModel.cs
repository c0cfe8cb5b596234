using Grader.Rubrics;
using Grader.Scoring;

namespace Grader.Calibration;

/// <summary>
/// A calibration learned from a teacher's marks: applied to an essay's grade it gives the mark the teacher would be
/// expected to give, and, for each criterion the teacher marked on enough scripts, that criterion's mark too. Immutable
/// and thread-safe. Saved as a versioned, deterministic JSON file holding everything needed
/// to apply it (word vocabulary, character n-gram IDF, similarity groups, trees, ridge weights, cut-points); applying it
/// runs no ML.NET code.
/// </summary>
public sealed class CalibrationModel
{
    internal CalibrationModel(
        string rubricId,
        string rubricFingerprint,
        IReadOnlyList<Band> bands,
        int seed,
        int trainedOn,
        double crossValidatedQwk,
        CalibrationScorer total,
        IReadOnlyList<CriterionCalibration> criteria)
    {
        RubricId = rubricId;
        RubricFingerprint = rubricFingerprint;
        Bands = bands;
        Seed = seed;
        TrainedOn = trainedOn;
        CrossValidatedQwk = crossValidatedQwk;
        Total = total;
        CriterionCalibrations = criteria;
        CalibratedCriteria = Collections.ValueList.From(criteria.Select(c => c.CriterionId));
    }

    /// <summary>The current file format version.</summary>
    public const int FormatVersion = 3;

    /// <summary>The id of the rubric the calibration was trained for.</summary>
    public string RubricId { get; }

    /// <summary>The fingerprint of that rubric's criteria and bands.</summary>
    public string RubricFingerprint { get; }

    /// <summary>The maximum mark of the rubric it was trained for.</summary>
    public int MaxMark => Total.Max;

    /// <summary>The seed its training used.</summary>
    public int Seed { get; }

    /// <summary>How many marked scripts it was trained on.</summary>
    public int TrainedOn { get; }

    /// <summary>The pooled out-of-fold QWK its cross-validation measured.</summary>
    public double CrossValidatedQwk { get; }

    internal IReadOnlyList<Band> Bands { get; }

    /// <summary>The ids of the criteria whose marks it calibrates too (trained on the teacher's criterion marks), in rubric order.</summary>
    public IReadOnlyList<string> CalibratedCriteria { get; }

    internal CalibrationScorer Total { get; }

    internal IReadOnlyList<CriterionCalibration> CriterionCalibrations { get; }

    /// <summary>Null when this calibration fits <paramref name="scheme"/>'s rubric; otherwise what is wrong and what to do.</summary>
    public string? CheckFits(MarkScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var rubric = scheme.Rubric;
        if (rubric.Id != RubricId)
        {
            return $"This calibration was trained for the rubric '{RubricId}', not '{rubric.Id}'. Use a calibration trained for '{rubric.Id}' (grader calibrate <marked.csv> --rubric <its rubric> --save <file>).";
        }

        if (Calibration.RubricFingerprint.Of(rubric) != RubricFingerprint)
        {
            return $"The rubric '{RubricId}' has changed (criteria, maxima, signal weights or bands) since this calibration was trained on it. Train it again with grader calibrate.";
        }

        return null;
    }

    /// <summary>
    /// The calibrated mark for an essay graded under this calibration's rubric. An essay that could not be graded (status
    /// error) keeps its zero total. Throws <see cref="ArgumentException"/> when the grade is for another rubric's maximum.
    /// </summary>
    public CalibratedMark Apply(GradeResult result, string text)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        if (result.Max != MaxMark)
        {
            throw new ArgumentException($"The grade is out of {result.Max} but this calibration marks out of {MaxMark}: it was made for another rubric.", nameof(result));
        }

        if (result.Status == GradeStatus.Error)
        {
            return new CalibratedMark(0, result.Band, 0, 0, result.Total);
        }

        var tokens = TokenizedText.Of(text);
        var ngrams = Total.Featurizer.Vocabulary.Vectorize(tokens.Tokens);
        var characters = Total.Featurizer.Characters.Vectorize(text);
        var common = Total.Featurizer.Common(result, tokens, trainedOn: false);
        var (prediction, treePrediction, linearPrediction) = Total.Predict(Total.Featurizer.Dense(common, ngrams, ownGroup: -1), ngrams, characters, result.Total);
        var total = Total.CutPoints.Mark(prediction);
        var criteria = new CalibratedCriterionMark[CriterionCalibrations.Count];
        for (var c = 0; c < criteria.Length; c++)
        {
            var calibration = CriterionCalibrations[c];
            var scorer = calibration.Scorer;
            var engineMark = result.Criteria.FirstOrDefault(r => r.Id == calibration.CriterionId)?.Mark ?? 0;
            var (criterionPrediction, _, _) = scorer.Predict(scorer.Featurizer.Dense(common, ngrams, ownGroup: -1), ngrams, characters, engineMark);
            criteria[c] = new CalibratedCriterionMark(calibration.CriterionId, scorer.CutPoints.Mark(criterionPrediction), criterionPrediction, engineMark);
        }

        return new CalibratedMark(total, BandOf(total), prediction, Math.Abs(treePrediction - linearPrediction), result.Total) { Criteria = criteria };
    }

    /// <summary>Writes the calibration file (UTF-8 JSON; the same model always gives the same bytes).</summary>
    public void Save(Stream stream) => CalibrationFile.Write(this, stream);

    /// <summary>Reads a calibration file; throws <see cref="InvalidDataException"/> saying what is wrong when it is not one.</summary>
    public static CalibrationModel Load(Stream stream) => CalibrationFile.Read(stream);

    internal string BandOf(int total)
    {
        foreach (var band in Bands)
        {
            if (total >= band.MinMark)
            {
                return band.Name;
            }
        }

        return "";
    }
}
