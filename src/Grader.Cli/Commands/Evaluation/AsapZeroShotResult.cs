namespace Grader.Cli.Commands.Evaluation;

/// <summary>
/// One prompt's zero-shot evaluation, each figure the mean over folds of Pearson's r with the human score on the test
/// essays: the engine's total under the drafted scheme, word count alone, and the engine's raw similarity to the model essays;
/// and the share of test essays flagged off the topic.
/// </summary>
internal sealed record AsapZeroShotResult(AsapPrompt Prompt, int Essays, IReadOnlyList<double> FoldR, double MeanR, double WordCountR, double SimilarityR, double OffTopicShare, TimeSpan Elapsed);
