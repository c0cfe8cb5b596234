using System.Text;
using Grader.Checks;
using Grader.Loading;
using Grader.Rubrics;
using Grader.Scoring;
using Grader.Similarity;
using Grader.Text;

namespace Grader;

/// <summary>
/// Everything needed to mark one question: the rubric, its answer key, the model essay and the similarity model
/// trained on them. Load it once and share it: it is immutable and thread-safe.
/// </summary>
public sealed class MarkScheme
{
    private MarkScheme(Rubric rubric, AnswerKey answerKey, string? modelEssay, MarkingResources resources, EssayAnalyzer analyzer)
    {
        Rubric = rubric;
        AnswerKey = answerKey;
        ModelEssay = modelEssay;
        Resources = resources;
        Analyzer = analyzer;
    }

    public Rubric Rubric { get; }

    public AnswerKey AnswerKey { get; }

    /// <summary>The model essay's text, or null when the rubric names none.</summary>
    public string? ModelEssay { get; }

    /// <summary>Whether a similarity model is in use (the rubric names a model essay, key points or exemplars).</summary>
    public bool HasSimilarityModel => Resources.Similarity is not null;

    internal MarkingResources Resources { get; }

    internal EssayAnalyzer Analyzer { get; }

    /// <summary>
    /// Loads a rubric and the files it names. A saved similarity model that matches them is loaded; a missing or stale
    /// one is trained in memory (and a notice says so) unless <paramref name="options"/> says to retrain anyway.
    /// Every problem with the files is reported at once, each with its location.
    /// </summary>
    public static LoadResult<MarkScheme> Load(string rubricPath, MarkSchemeLoadOptions? options = null)
    {
        options ??= new MarkSchemeLoadOptions();
        var problems = new List<LoadProblem>();
        var rubric = RubricReader.Read(rubricPath, problems, out var files);
        if (files is null)
        {
            return LoadResult<MarkScheme>.Failure(problems);
        }

        // The files the rubric names are checked even when the rubric has problems, so every problem shows at once.
        var answerKey = files.AnswerKey is { } keyPath ? (File.Exists(keyPath) ? AnswerKeyReader.Read(keyPath, problems) : null) : AnswerKey.Empty;
        var modelEssay = files.ModelEssay is { } essayPath && File.Exists(essayPath) ? ReadText(essayPath, "model essay", problems) : null;
        var exemplars = new List<string>();
        foreach (var path in files.Exemplars)
        {
            if (File.Exists(path) && ReadText(path, "exemplar", problems) is { } text)
            {
                exemplars.Add(text);
            }
        }

        if (problems.Count > 0 || rubric is null || answerKey is null)
        {
            return LoadResult<MarkScheme>.Failure(problems);
        }

        var notices = new List<string>();
        var scheme = Build(rubric, answerKey, modelEssay, exemplars, set => LoadOrTrain(rubric.Files.SimilarityModel, set, options, notices, problems));
        return scheme is null ? LoadResult<MarkScheme>.Failure(problems) : LoadResult<MarkScheme>.Success(scheme, notices);
    }

    /// <summary>
    /// Builds a mark scheme in memory, without files: for callers that make rubrics in code (for example one per prompt
    /// of an evaluation data set). The similarity model, when there is a model essay, key points or exemplars to train
    /// it on, is trained in memory. Throws <see cref="ArgumentException"/> when the rubric is inconsistent.
    /// </summary>
    public static MarkScheme Create(Rubric rubric, AnswerKey answerKey, string? modelEssay = null, IReadOnlyList<string>? exemplars = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(answerKey);
        RubricConsistency.ThrowIfInconsistent(rubric);
        return Build(rubric, answerKey, modelEssay, exemplars ?? [], set => SimilarityTrainer.Train(set, seed))!;
    }

    private static MarkScheme? Build(Rubric rubric, AnswerKey answerKey, string? modelEssay, IReadOnlyList<string> exemplars, Func<SimilarityTrainingSet, SimilarityModel?> similarityFor)
    {
        var vocabulary = CheckVocabulary.Build(rubric, answerKey);
        var analyzer = new EssayAnalyzer(vocabulary.Lexicon, vocabulary.Gazetteer);
        var resources = new MarkingResources(rubric, answerKey, vocabulary, null, modelEssay is null ? ShingleSet.Empty : ShingleSet.Of(modelEssay));
        var trainingSet = SimilarityTrainingSetBuilder.Build(modelEssay, answerKey, exemplars, resources, analyzer);
        if (trainingSet is not null)
        {
            var model = similarityFor(trainingSet);
            if (model is null)
            {
                return null;
            }

            resources = resources with { Similarity = model };
        }

        return new MarkScheme(rubric, answerKey, modelEssay, resources, analyzer);
    }

    /// <summary>Writes the similarity model beside the rubric (at the rubric's 'similarityModel' path) and returns that path.</summary>
    public string SaveSimilarityModel()
    {
        var model = Resources.Similarity ?? throw new InvalidOperationException("This mark scheme has no similarity model: its rubric names no model essay, key points or exemplars.");
        var path = Rubric.Files.SimilarityModel;
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            model.Save(stream);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Describes the similarity model: documents, vocabulary size and fingerprint.</summary>
    public string DescribeSimilarityModel() => Resources.Similarity is { } model
        ? $"{model.DocumentCount} training documents, {model.VocabularySize} terms, {model.KeyPoints.Count} key points, fingerprint {model.Fingerprint[..12]}"
        : "no similarity model";

    private static SimilarityModel? LoadOrTrain(string path, SimilarityTrainingSet set, MarkSchemeLoadOptions options, List<string> notices, List<LoadProblem> problems)
    {
        if (!options.RetrainSimilarityModel && File.Exists(path))
        {
            try
            {
                using var stream = new MemoryStream(LimitedFile.ReadAllBytes(path, LoadLimits.ModelBytes)
                    ?? throw new InvalidDataException($"The file is larger than {LimitedFile.Describe(LoadLimits.ModelBytes)}, so it is no similarity model."));
                var saved = SimilarityModel.Load(stream);
                if (saved.IsTrainedOn(set))
                {
                    return saved;
                }

                notices.Add($"The similarity model '{path}' was trained on other inputs (the model essay, key points or exemplars have changed); it was retrained in memory. Run 'grader train' to save the new one.");
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                if (options.RequireSavedSimilarityModel)
                {
                    problems.Add(new LoadProblem(path, 0, "", exception.Message));
                    return null;
                }

                notices.Add($"The similarity model '{path}' could not be used ({exception.Message}); it was retrained in memory.");
            }
        }
        else if (!options.RetrainSimilarityModel)
        {
            if (options.RequireSavedSimilarityModel)
            {
                problems.Add(new LoadProblem(path, 0, "", "There is no similarity model here: run 'grader train' to build it."));
                return null;
            }

            notices.Add($"No similarity model at '{path}'; it was trained in memory. Run 'grader train' to save it and load faster.");
        }

        return SimilarityTrainer.Train(set, options.Seed);
    }

    private static string? ReadText(string path, string what, List<LoadProblem> problems)
    {
        try
        {
            var bytes = LimitedFile.ReadAllBytes(path, LoadLimits.TextBytes);
            if (bytes is null)
            {
                problems.Add(new LoadProblem(path, 0, "", $"The {what} is larger than {LimitedFile.Describe(LoadLimits.TextBytes)}, so it cannot be an essay: check the path."));
                return null;
            }

            if (!TextDecoding.TryDecode(bytes, out var text, out var error))
            {
                problems.Add(new LoadProblem(path, 0, "", $"The {what} is not readable text: {error}"));
                return null;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new LoadProblem(path, 0, "", $"The {what} is empty: give it the text, or remove it from the rubric."));
                return null;
            }

            return text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(path, 0, "", $"Cannot read the {what}: {exception.Message}"));
            return null;
        }
    }
}
