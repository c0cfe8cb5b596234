using Grader.Collections;

namespace Grader.Calibration;

/// <summary>
/// How far two sets of marks for the same scripts agree, as RSMTool reports it. "Teacher" is the reference marker and
/// "engine" the one being judged (in marker-against-marker comparisons, the other marker). Undefined figures are NaN.
/// </summary>
/// <param name="Count">Scripts compared.</param>
/// <param name="QuadraticWeightedKappa">Kappa with quadratic weights (i − j)² / (K − 1)² over the scale's K marks.</param>
/// <param name="CohenKappa">Unweighted kappa: agreement beyond chance on exact marks.</param>
/// <param name="ExactAgreement">Share of scripts given the same mark.</param>
/// <param name="AdjacentAgreement">Share of scripts within one mark.</param>
/// <param name="Pearson">Pearson correlation of the marks.</param>
/// <param name="Spearman">Spearman rank correlation (ties share their mean rank).</param>
/// <param name="RootMeanSquaredError">√(mean (engine − teacher)²), in marks.</param>
/// <param name="StandardisedMeanDifference">(mean engine − mean teacher) ÷ √((SD_teacher² + SD_engine²) / 2), sample SDs.</param>
/// <param name="MeanTeacher">Mean of the teacher's marks.</param>
/// <param name="StandardDeviationTeacher">Sample standard deviation of the teacher's marks.</param>
/// <param name="MeanEngine">Mean of the engine's marks.</param>
/// <param name="StandardDeviationEngine">Sample standard deviation of the engine's marks.</param>
/// <param name="Confusion">Counts of (teacher mark, engine mark) pairs.</param>
/// <param name="ByLevel">Mean difference engine − teacher at each teacher mark present.</param>
public sealed record Agreement(
    int Count,
    double QuadraticWeightedKappa,
    double CohenKappa,
    double ExactAgreement,
    double AdjacentAgreement,
    double Pearson,
    double Spearman,
    double RootMeanSquaredError,
    double StandardisedMeanDifference,
    double MeanTeacher,
    double StandardDeviationTeacher,
    double MeanEngine,
    double StandardDeviationEngine,
    ConfusionMatrix Confusion,
    IReadOnlyList<LevelBias> ByLevel)
{
    /// <summary>Mean difference engine − teacher at each teacher mark present. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<LevelBias> ByLevel { get; init => field = ValueList.From(value); } = ValueList.From(ByLevel);

    /// <summary>Measures agreement of paired marks on the scale <paramref name="min"/>..<paramref name="max"/>.</summary>
    internal static Agreement Measure(IReadOnlyList<int> teacher, IReadOnlyList<int> engine, int min, int max)
    {
        var t = teacher.Select(m => (double)m).ToArray();
        var e = engine.Select(m => (double)m).ToArray();
        var counts = AgreementStatistics.Confusion(teacher, engine, min, max);
        var byLevel = teacher
            .Select((mark, i) => (Teacher: mark, Engine: engine[i]))
            .GroupBy(pair => pair.Teacher)
            .OrderBy(group => group.Key)
            .Select(group => new LevelBias(group.Key, group.Count(), group.Average(p => p.Engine), group.Average(p => p.Engine - p.Teacher)))
            .ToArray();
        return new Agreement(
            teacher.Count,
            AgreementStatistics.WeightedKappa(counts, quadratic: true),
            AgreementStatistics.WeightedKappa(counts, quadratic: false),
            AgreementStatistics.ExactAgreement(teacher, engine),
            AgreementStatistics.AdjacentAgreement(teacher, engine),
            AgreementStatistics.Pearson(t, e),
            AgreementStatistics.Spearman(t, e),
            AgreementStatistics.RootMeanSquaredError(t, e),
            AgreementStatistics.StandardisedMeanDifference(t, e),
            AgreementStatistics.Mean(t),
            AgreementStatistics.StandardDeviation(t),
            AgreementStatistics.Mean(e),
            AgreementStatistics.StandardDeviation(e),
            new ConfusionMatrix(min, max, counts),
            byLevel);
    }
}
