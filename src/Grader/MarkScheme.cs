using Grader.Checks;
using Grader.Loading;
using Grader.Rubrics;
using Grader.Screening;
using Grader.Similarity;
using Grader.Text;
using Microsoft.Extensions.FileProviders;

namespace Grader;

/// <summary>
/// Everything needed to mark one question: the rubric, its answer key, the model essay and the similarity model
/// saved for them. Load it once and share it: it is immutable and thread-safe.
/// </summary>
public sealed class MarkScheme
{
    private readonly bool _onDisk;

    private MarkScheme(Rubric rubric, AnswerKey answerKey, string? modelEssay, IReadOnlyList<string> exemplars, MarkingResources resources, EssayAnalyzer analyzer, bool onDisk)
    {
        _onDisk = onDisk;
        Rubric = rubric;
        AnswerKey = answerKey;
        ModelEssay = modelEssay;
        Exemplars = exemplars;
        Resources = resources;
        Analyzer = analyzer;
    }

    /// <summary>The rubric: criteria, levels, bands, and the files that go with it.</summary>
    public Rubric Rubric { get; }

    /// <summary>The answer key (<see cref="AnswerKey.Empty"/> when the rubric names none).</summary>
    public AnswerKey AnswerKey { get; }

    /// <summary>The model essay's text, or null when the rubric names none.</summary>
    public string? ModelEssay { get; }

    /// <summary>The exemplars' texts (the rubric's 'exemplars' files, or those given to the trainer), in order.</summary>
    internal IReadOnlyList<string> Exemplars { get; }

    /// <summary>Whether a similarity model is in use (the rubric names a model essay, key points or exemplars).</summary>
    public bool HasSimilarityModel => Resources.Similarity is not null;

    internal MarkingResources Resources { get; }

    internal EssayAnalyzer Analyzer { get; }

    /// <summary>
    /// Loads a rubric, the files it names and the similarity model saved for them (at the rubric's 'similarityModel'
    /// path). A missing similarity model, or one trained on another model essay, key points or exemplars, is a load
    /// problem: train and save it with 'grader train' (or MarkSchemeTrainer in the Grader.Training package). Every
    /// problem with the files is reported at once, each with its location.
    /// </summary>
    public static LoadResult<MarkScheme> Load(string rubricPath) => Load(QuestionFiles.Disk, rubricPath, SavedSimilarityModel.Resolve);

    /// <summary>
    /// Loads a rubric, the files it names and its saved similarity model from <paramref name="files"/> (embedded
    /// resources, a folder, memory: anything with an <see cref="IFileProvider"/>), as <see cref="Load(string)"/> does
    /// from disk. <paramref name="rubricPath"/> is relative to the provider's root ('/'-separated), and the rubric's own
    /// paths are relative to its folder within the provider; a path that climbs above the root names no file. Problems
    /// name files by their path in the provider.
    /// </summary>
    public static LoadResult<MarkScheme> Load(IFileProvider files, string rubricPath)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load(new ProviderQuestionFiles(files), rubricPath, SavedSimilarityModel.Resolve);
    }

    /// <summary>
    /// Loads a rubric and the files it names from <paramref name="source"/>, taking the similarity model from
    /// <paramref name="similarityFor"/> (the saved one, or one trained in memory by Grader.Training).
    /// </summary>
    internal static LoadResult<MarkScheme> Load(QuestionFiles source, string rubricPath, SimilarityModelResolver similarityFor)
    {
        ArgumentNullException.ThrowIfNull(rubricPath);
        var problems = new List<LoadProblem>();
        var rubric = RubricReader.Read(source, rubricPath, problems, out var files);
        if (files is null)
        {
            return LoadResult<MarkScheme>.Failure(problems);
        }

        // The files the rubric names are checked even when the rubric has problems, so every problem shows at once.
        var answerKey = files.AnswerKey is { } keyPath ? (source.Exists(keyPath) ? AnswerKeyReader.Read(source, keyPath, problems) : null) : AnswerKey.Empty;
        var modelEssay = files.ModelEssay is { } essayPath && source.Exists(essayPath) ? ReadText(source, essayPath, "model essay", problems) : null;
        var exemplars = new List<string>();
        foreach (var path in files.Exemplars)
        {
            if (source.Exists(path) && ReadText(source, path, "exemplar", problems) is { } text)
            {
                exemplars.Add(text);
            }
        }

        if (problems.Count > 0 || rubric is null || answerKey is null)
        {
            return LoadResult<MarkScheme>.Failure(problems);
        }

        var notices = new List<LoadNotice>();
        var scheme = Build(rubric, answerKey, modelEssay, exemplars, set => similarityFor(source, rubric.Files.SimilarityModel, set, problems, notices), source.IsDisk);
        return scheme is null ? LoadResult<MarkScheme>.Failure(problems) : LoadResult<MarkScheme>.Success(scheme, notices);
    }

    /// <summary>
    /// Builds a mark scheme in memory, without files: for callers that make rubrics in code. When there is a model
    /// essay, key points or exemplars, <paramref name="similarityModel"/> must hold the similarity model saved for them
    /// (<see cref="SaveSimilarityModel(Stream)"/> of a scheme trained with MarkSchemeTrainer in Grader.Training); it is
    /// read, not retrained. Throws <see cref="ArgumentException"/> when the rubric is inconsistent or the model is
    /// missing, and <see cref="InvalidDataException"/> when the model is unreadable or was trained on other inputs.
    /// </summary>
    public static MarkScheme Create(Rubric rubric, AnswerKey answerKey, string? modelEssay = null, IReadOnlyList<string>? exemplars = null, Stream? similarityModel = null)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(answerKey);
        RubricConsistency.ThrowIfInconsistent(rubric);
        return Build(rubric, answerKey, modelEssay, exemplars ?? [], set =>
        {
            if (similarityModel is null)
            {
                throw new ArgumentException("The rubric names a model essay, key points or exemplars, so the scheme needs the similarity model saved for them: pass it, or train one with MarkSchemeTrainer (Grader.Training).", nameof(similarityModel));
            }

            var model = SimilarityModel.Load(similarityModel);
            return model.IsTrainedOn(set)
                ? model
                : throw new InvalidDataException(SavedSimilarityModel.StaleMessage("The similarity model given"));
        }, onDisk: false)!;
    }

    /// <summary>Builds a scheme whose similarity model, when it needs one, comes from <paramref name="similarityFor"/> (null: fail).</summary>
    internal static MarkScheme? Build(Rubric rubric, AnswerKey answerKey, string? modelEssay, IReadOnlyList<string> exemplars, Func<SimilarityTrainingSet, SimilarityModel?> similarityFor, bool onDisk)
    {
        var vocabulary = CheckVocabulary.Build(rubric, answerKey);
        var analyzer = new EssayAnalyzer(vocabulary.Lexicon, vocabulary.Gazetteer, wholeIsProse: rubric.ResponseType == ResponseType.ShortAnswer);
        var topic = TopicProfile.Build(rubric, answerKey, modelEssay, exemplars);
        var resources = new MarkingResources(rubric, answerKey, vocabulary, null, CopySources(rubric, modelEssay, exemplars, analyzer), topic);
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

        return new MarkScheme(rubric, answerKey, modelEssay, [.. exemplars], resources, analyzer, onDisk);
    }

    /// <summary>What essays must not be copied from: the model essay and the exemplars, with the question and the passages they quote (<see cref="QuotedPassages"/>) as neutral text.</summary>
    private static CopyReference CopySources(Rubric rubric, string? modelEssay, IReadOnlyList<string> exemplars, EssayAnalyzer analyzer)
    {
        var sources = new List<(string Name, string Text)>();
        if (modelEssay is not null)
        {
            sources.Add(("the model essay", modelEssay));
        }

        sources.AddRange(exemplars.Select((text, i) => ($"exemplar {i + 1}", text)));
        return sources.Count == 0 ? CopyReference.Empty : CopyReference.Build(analyzer, sources, [rubric.Question, .. sources.SelectMany(s => QuotedPassages.Of(s.Text))]);
    }

    /// <summary>
    /// Writes the similarity model beside the rubric (at the rubric's 'similarityModel' path) and returns that path.
    /// Only for a scheme loaded from disk; otherwise use <see cref="SaveSimilarityModel(Stream)"/>.
    /// </summary>
    public string SaveSimilarityModel()
    {
        if (!_onDisk)
        {
            throw new InvalidOperationException("This mark scheme was not loaded from a rubric on disk, so it has no folder to save its similarity model in: use SaveSimilarityModel(Stream).");
        }

        var path = Rubric.Files.SimilarityModel;
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            SaveSimilarityModel(stream);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Writes the similarity model to <paramref name="stream"/> (the same model always gives the same bytes).</summary>
    public void SaveSimilarityModel(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var model = Resources.Similarity ?? throw new InvalidOperationException("This mark scheme has no similarity model: its rubric names no model essay, key points or exemplars.");
        model.Save(stream);
    }

    /// <summary>Describes the similarity model: documents, vocabulary size and fingerprint.</summary>
    public string DescribeSimilarityModel() => Resources.Similarity is { } model
        ? $"{model.DocumentCount} training documents, {model.VocabularySize} terms, {model.KeyPoints.Count} key points, fingerprint {model.Fingerprint[..12]}"
        : "no similarity model";

    private static string? ReadText(QuestionFiles source, string path, string what, List<LoadProblem> problems)
    {
        try
        {
            var bytes = source.ReadAllBytes(path, LoadLimits.TextBytes);
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
