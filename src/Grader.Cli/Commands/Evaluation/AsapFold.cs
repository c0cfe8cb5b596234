namespace Grader.Cli.Commands.Evaluation;

/// <summary>One fold of the Taghipour &amp; Ng split: the ids to train on (train + dev) and the ids to predict.</summary>
internal sealed record AsapFold(int Number, IReadOnlyList<int> TrainIds, IReadOnlyList<int> TestIds);
