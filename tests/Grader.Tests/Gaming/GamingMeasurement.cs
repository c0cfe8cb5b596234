using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>
/// Every gaming variant and its source graded with one shared grader, and every honest essay graded: the figures
/// issue 10 asks for. Grading is deterministic, so the bundled measurement is computed once per test run.
/// </summary>
internal sealed class GamingMeasurement
{
    private static readonly Lazy<GamingMeasurement> BundledMeasurement =
        new(() => Measure(BundledScheme.Grader, GamingSources.Bundled, BundledScheme.GraderWithAnotherModelEssay));

    private GamingMeasurement(IReadOnlyList<GradedVariant> variants, IReadOnlyList<(string Name, GradeResult Result)> honest)
    {
        Variants = variants;
        Honest = honest;
    }

    public static GamingMeasurement Bundled => BundledMeasurement.Value;

    public IReadOnlyList<GradedVariant> Variants { get; }

    public IReadOnlyList<(string Name, GradeResult Result)> Honest { get; }

    public IEnumerable<(string Name, GradeResult Result)> FalseAlarms => Honest.Where(essay => essay.Result.Status == GradeStatus.Review);

    public double FalseAlarmShare => Honest.Count == 0 ? 0 : (double)FalseAlarms.Count() / Honest.Count;

    public FamilyFigures Overall => FamilyFigures.Of("all families", Variants.ToArray());

    /// <summary>The figures of each family, in <see cref="GamingFamilies.All"/> order.</summary>
    public IReadOnlyList<FamilyFigures> Families() =>
        GamingFamilies.All.Select(family => FamilyFigures.Of(family.Id, Variants.Where(v => v.Variant.Family == family.Id).ToArray())).ToArray();

    /// <summary>Whether the batch index of <c>grader mark</c> groups the two texts as near duplicates (copied-peer).</summary>
    private static bool PeerCopiesInOneBatch(string source, string copy)
    {
        var index = new Grader.Batch.PeerCopyIndex();
        var terms = new Grader.Text.TermSequence();
        var signature = new ushort[Grader.Batch.PeerSignature.Bins];
        index.Add(0, "source", signature, Grader.Batch.PeerSignature.Compute(source, terms, signature));
        index.Add(1, "copy", signature, Grader.Batch.PeerSignature.Compute(copy, terms, signature));
        return index.Find().For(1) is not null;
    }

    /// <summary>
    /// Grades every variant with <paramref name="grader"/>, and its source too, except the model essay's prose: marked by
    /// the question's own grader it is a copy of the model essay and earns nothing, so as the "best honest answer the
    /// engine knows" it is marked by <paramref name="modelEssayAsScript"/>, a grader with another model essay.
    /// </summary>
    public static GamingMeasurement Measure(EssayGrader grader, GamingSources sources, EssayGrader modelEssayAsScript)
    {
        var sourceGrades = new Dictionary<string, GradeResult>(StringComparer.Ordinal);
        var variants = GamingFamilies.Variants(sources).Select(variant =>
        {
            if (!sourceGrades.TryGetValue(variant.SourceText, out var sourceResult))
            {
                sourceResult = (variant.SourceId == GamingSources.ModelEssayId ? modelEssayAsScript : grader).Grade(variant.SourceText);
                sourceGrades.Add(variant.SourceText, sourceResult);
            }

            var family = GamingFamilies.All.First(f => f.Id == variant.Family);
            var inBatch = family.CopiesAnotherText && variant.SourceId != GamingSources.ModelEssayId && PeerCopiesInOneBatch(variant.SourceText, variant.Text);
            return new GradedVariant(variant, grader.Grade(variant.Text), sourceResult, inBatch);
        }).ToArray();
        var honest = GamingSources.HonestNames().Select(name => (name, grader.Grade(sources.Honest(name).Text))).ToArray();
        return new GamingMeasurement(variants, honest);
    }
}
