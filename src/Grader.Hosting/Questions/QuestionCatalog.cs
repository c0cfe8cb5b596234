using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace Grader.Hosting;

/// <summary>
/// The questions registered with <c>AddGrader</c>, loaded and ready, found by name (ignoring case). A singleton:
/// resolving it loads every question once (the host's start-up validation usually has already).
/// </summary>
public sealed class QuestionCatalog
{
    private readonly Dictionary<string, GradedQuestion> _byName;

    /// <summary>
    /// Throws <see cref="OptionsValidationException"/>, listing every problem, when a setting is wrong or a question
    /// cannot be loaded (reading <paramref name="options"/> runs the validation).
    /// </summary>
    internal QuestionCatalog(IOptions<GraderServiceOptions> options, IOptions<GraderOptions> grading, QuestionLoader loader)
    {
        var settings = options.Value;
        var questions = new List<GradedQuestion>();
        foreach (var (name, question) in settings.Questions.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase))
        {
            var load = loader.Load(name, question.Rubric);
            var scheme = load.Result.Value ?? throw new OptionsValidationException(
                Options.DefaultName,
                typeof(GraderServiceOptions),
                load.Result.Problems.Select(problem => QuestionProblems.Describe(name, load.RubricPath, problem)));
            questions.Add(new GradedQuestion(name, load.RubricPath, scheme, grading.Value));
        }

        Questions = questions;
        _byName = questions.ToDictionary(q => q.Name, StringComparer.OrdinalIgnoreCase);
        Default = settings.DefaultQuestion is { } defaultName ? _byName[defaultName] : questions.Count == 1 ? questions[0] : null;
    }

    /// <summary>Every question, ordered by name.</summary>
    public IReadOnlyList<GradedQuestion> Questions { get; }

    /// <summary>The question used when a caller names none: the configured default, else the only question, else null.</summary>
    public GradedQuestion? Default { get; }

    /// <summary>The question named <paramref name="name"/> (ignoring case), if there is one.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out GradedQuestion? question) => _byName.TryGetValue(name, out question);

    /// <summary>The question named <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> naming the questions there are.</summary>
    public GradedQuestion Get(string name) =>
        TryGet(name, out var question)
            ? question
            : throw new KeyNotFoundException($"There is no question '{name}'. The questions are: {string.Join(", ", Questions.Select(q => q.Name))}.");
}
