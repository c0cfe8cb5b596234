using Grader.Loading;

namespace Grader.Similarity;

/// <summary>
/// Gives the similarity model a mark scheme needs, for the training set its files make: the model saved at
/// <paramref name="modelPath"/> in <paramref name="source"/> (the runtime) or one trained in memory (Grader.Training). Returns null after adding a
/// located problem when there is none to give; notices are things worth telling that did not stop the load.
/// </summary>
internal delegate SimilarityModel? SimilarityModelResolver(QuestionFiles source, string modelPath, SimilarityTrainingSet set, List<LoadProblem> problems, List<LoadNotice> notices);
