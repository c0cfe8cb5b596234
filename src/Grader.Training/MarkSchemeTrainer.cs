using Grader.Loading;
using Grader.Rubrics;
using Grader.Similarity;

namespace Grader;

/// <summary>
/// Makes mark schemes whose similarity model is trained in memory with ML.NET: from files (using the saved model when
/// it still fits) or from rubrics built in code. Save the model with <see cref="MarkScheme.SaveSimilarityModel()"/>
/// so the runtime (<see cref="MarkScheme.Load(string)"/>) can load the scheme without this package.
/// </summary>
public static class MarkSchemeTrainer
{
    /// <summary>
    /// Loads a rubric and the files it names. A saved similarity model that matches them is used; a missing or stale
    /// one is trained in memory (and a notice says so) unless <paramref name="options"/> says to retrain anyway or to
    /// require the saved one. Every problem with the files is reported at once, each with its location.
    /// </summary>
    public static LoadResult<MarkScheme> LoadOrTrain(string rubricPath, MarkSchemeLoadOptions? options = null)
    {
        options ??= new MarkSchemeLoadOptions();
        return MarkScheme.Load(QuestionFiles.Disk, rubricPath, (source, path, set, problems, notices) => SavedOrTrained(source, path, set, options, problems, notices));
    }

    /// <summary>
    /// Builds a mark scheme in memory, without files: for callers that make rubrics in code (for example one per prompt
    /// of an evaluation data set). The similarity model, when there is a model essay, key points or exemplars to train
    /// it on, is trained in memory. Throws <see cref="ArgumentException"/> when the rubric is inconsistent.
    /// </summary>
    public static MarkScheme Train(Rubric rubric, AnswerKey answerKey, string? modelEssay = null, IReadOnlyList<string>? exemplars = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(answerKey);
        RubricConsistency.ThrowIfInconsistent(rubric);
        return MarkScheme.Build(rubric, answerKey, modelEssay, exemplars ?? [], set => SimilarityTrainer.Train(set, seed), onDisk: false)!;
    }

    private static SimilarityModel? SavedOrTrained(QuestionFiles source, string path, SimilarityTrainingSet set, MarkSchemeLoadOptions options, List<LoadProblem> problems, List<LoadNotice> notices)
    {
        if (!options.RetrainSimilarityModel)
        {
            var readProblems = new List<LoadProblem>();
            var saved = SavedSimilarityModel.TryRead(source, path, readProblems, out var missing);
            if (saved is not null && saved.IsTrainedOn(set))
            {
                return saved;
            }

            if (saved is not null)
            {
                notices.Add(Notice(LoadNoticeCodes.SimilarityModelStale, path, $"The similarity model '{path}' was trained on other inputs (the model essay, key points or exemplars have changed); it was retrained in memory. Run 'grader train' to save the new one."));
            }
            else if (options.RequireSavedSimilarityModel)
            {
                problems.AddRange(missing ? [new LoadProblem(path, 0, "", "There is no similarity model here: run 'grader train' to build it.")] : readProblems);
                return null;
            }
            else
            {
                notices.Add(missing
                    ? Notice(LoadNoticeCodes.SimilarityModelMissing, path, $"No similarity model at '{path}'; it was trained in memory. Run 'grader train' to save it and load faster.")
                    : Notice(LoadNoticeCodes.SimilarityModelUnreadable, path, $"The similarity model '{path}' could not be used ({readProblems[0].Message}); it was retrained in memory."));
            }
        }

        if (!set.HasContentWords())
        {
            problems.Add(new LoadProblem(path, 0, "", "There is nothing to train the similarity model on: the model essay, key points and exemplars hold no content words (only blank text or stop words). Give the model essay some text, or take 'modelEssay', 'answerKey' and 'exemplars' out of the rubric."));
            return null;
        }

        var trained = SimilarityTrainer.Train(set, options.Seed);
        if (trained.IsDegenerate)
        {
            problems.Add(new LoadProblem(path, 0, "", SimilarityModel.DegenerateMessage("The similarity model trained now")));
            return null;
        }

        return trained;
    }

    private static LoadNotice Notice(string code, string file, string message) => new() { Code = code, File = file, Message = message };
}
