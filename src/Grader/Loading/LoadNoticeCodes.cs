namespace Grader.Loading;

/// <summary>The codes of <see cref="LoadNotice"/>s (loading with the training package's MarkSchemeTrainer.LoadOrTrain).</summary>
public static class LoadNoticeCodes
{
    /// <summary>There was no saved similarity model; one was trained in memory (save it with 'grader train').</summary>
    public const string SimilarityModelMissing = "similarity-model-missing";

    /// <summary>The saved similarity model was trained on other inputs; it was retrained in memory.</summary>
    public const string SimilarityModelStale = "similarity-model-stale";

    /// <summary>The saved similarity model could not be read; it was retrained in memory.</summary>
    public const string SimilarityModelUnreadable = "similarity-model-unreadable";
}
