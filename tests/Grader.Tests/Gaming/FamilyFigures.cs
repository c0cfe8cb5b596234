namespace Grader.Tests.Gaming;

/// <summary>The figures the suite reports for one family (or for all of them together).</summary>
internal sealed record FamilyFigures(string Family, int Variants, int SentToReview, int AboveSource, double MeanTotal, int MaxTotal, double MeanSourceTotal)
{
    public double ReviewShare => Variants == 0 ? 0 : (double)SentToReview / Variants;

    public static FamilyFigures Of(string family, IReadOnlyCollection<GradedVariant> variants) => new(
        family,
        variants.Count,
        variants.Count(v => v.SentToReview),
        variants.Count(v => v.AboveSource),
        variants.Count == 0 ? 0 : variants.Average(v => v.Result.Total),
        variants.Count == 0 ? 0 : variants.Max(v => v.Result.Total),
        variants.Count == 0 ? 0 : variants.Average(v => v.SourceResult.Total));
}
