using Grader.Loading;

namespace Grader.Similarity;

/// <summary>
/// The runtime's way to get a mark scheme's similarity model: read the saved file and check it was trained on the
/// scheme's current model essay, key points and exemplars. Missing, unreadable or stale is a located load problem.
/// </summary>
internal static class SavedSimilarityModel
{
    /// <summary>What to do about a model trained on other inputs; <paramref name="subject"/> names the model.</summary>
    public static string StaleMessage(string subject) =>
        $"{subject} was trained on other inputs (the model essay, key points or exemplars have changed since): train it again with 'grader train' (or MarkSchemeTrainer in Grader.Training) and save it.";

    public static SimilarityModel? Resolve(QuestionFiles source, string modelPath, SimilarityTrainingSet set, List<LoadProblem> problems, List<LoadNotice> notices)
    {
        var model = TryRead(source, modelPath, problems, out var missing);
        if (model is null)
        {
            if (missing)
            {
                problems.Add(new LoadProblem(modelPath, 0, "", "There is no similarity model here: run 'grader train' to build and save it (or train it with MarkSchemeTrainer in Grader.Training)."));
            }

            return null;
        }

        if (!model.IsTrainedOn(set))
        {
            problems.Add(new LoadProblem(modelPath, 0, "", StaleMessage("The similarity model")));
            return null;
        }

        return model;
    }

    /// <summary>
    /// Reads the model at <paramref name="modelPath"/> in <paramref name="source"/>; null with <paramref name="missing"/> set when there is no file,
    /// null with a problem added when it cannot be read, is not a similarity model of this version, or is degenerate.
    /// </summary>
    public static SimilarityModel? TryRead(QuestionFiles source, string modelPath, List<LoadProblem> problems, out bool missing)
    {
        missing = !source.Exists(modelPath);
        if (missing)
        {
            return null;
        }

        try
        {
            var bytes = source.ReadAllBytes(modelPath, LoadLimits.ModelBytes)
                ?? throw new InvalidDataException($"The file is larger than {LimitedFile.Describe(LoadLimits.ModelBytes)}, so it is no similarity model: check the path.");
            using var stream = new MemoryStream(bytes, writable: false);
            var model = SimilarityModel.Load(stream);
            if (model.IsDegenerate)
            {
                problems.Add(new LoadProblem(modelPath, 0, "", SimilarityModel.DegenerateMessage("The similarity model")));
                return null;
            }

            return model;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(modelPath, 0, "", exception.Message));
            return null;
        }
    }
}
