namespace Grader.Similarity;

/// <summary>
/// One document as ML.NET sees it in the similarity pipeline: its featurised word tokens and its character n-grams,
/// each a space-separated list made by <see cref="SimilarityFeaturizer"/>.
/// </summary>
internal sealed class SimilarityPipelineRow
{
    /// <summary>Normalised word tokens without stop words, in text order, separated by single spaces.</summary>
    public string Words { get; set; } = string.Empty;

    /// <summary>The character n-grams of those tokens, separated by single spaces.</summary>
    public string CharGrams { get; set; } = string.Empty;
}
