namespace Grader.Cli.Commands.Evaluation;

/// <summary>One prompt's evaluation: essays, the test QWK of each fold, their mean, and rater 1 vs rater 2 QWK on the same essays.</summary>
internal sealed record AsapPromptResult(AsapPrompt Prompt, int Essays, IReadOnlyList<double> FoldQwk, double MeanQwk, double HumanHumanQwk, double EngineOnlyQwk, TimeSpan Elapsed);
