using System.Globalization;
using Microsoft.Extensions.Options;

namespace Grader.Hosting;

/// <summary>
/// Checks <see cref="GraderServiceOptions"/> and the library's <see cref="GraderOptions"/> together, and loads every
/// question (once: the catalog reuses the loads), so that a host started with <c>ValidateOnStart</c> fails at once with
/// every problem: settings, limits, missing rubrics, and each problem inside each question's rubric, answer key, model
/// essay and saved similarity model, with its folder and location.
/// </summary>
internal sealed class GraderServiceOptionsValidator(QuestionLoader loader, IOptions<GraderOptions> grading) : IValidateOptions<GraderServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, GraderServiceOptions options)
    {
        var failures = new List<string>();
        if (options.Questions.Count == 0)
        {
            failures.Add("No question is configured. Add one with AddGrader().AddQuestion(name, rubricPath), or a setting 'Grader:Questions:<name>:Rubric' naming its rubric.json.");
        }

        foreach (var (question, settings) in options.Questions)
        {
            if (!IsValidName(question))
            {
                failures.Add($"The question name '{question}' is not usable: use letters, digits, '-', '_' and '.' only (it appears in URLs and logs).");
            }

            if (settings is null || string.IsNullOrWhiteSpace(settings.Rubric))
            {
                failures.Add($"Question '{question}' has no rubric: set 'Grader:Questions:{question}:Rubric' to the path of its rubric.json.");
                continue;
            }

            var path = loader.Resolve(settings.Rubric);
            if (!File.Exists(path))
            {
                failures.Add($"Question '{question}': there is no rubric at {path} (Grader:Questions:{question}:Rubric is '{settings.Rubric}'; a relative path is taken from the content root). Fix the path.");
                continue;
            }

            var load = loader.Load(question, settings.Rubric);
            failures.AddRange(load.Result.Problems.Select(problem => QuestionProblems.Describe(question, load.RubricPath, problem)));
        }

        // The library's own check of its limits, with its own messages (each names the setting, under 'Grader:').
        failures.AddRange(grading.Value.Validate());
        if (options.DefaultQuestion is { } defaultQuestion && !options.Questions.ContainsKey(defaultQuestion))
        {
            failures.Add($"DefaultQuestion is '{defaultQuestion}', which is not a configured question ({Names(options)}).");
        }

        if (options.WarmUp.Rounds < 0)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"WarmUp:Rounds is {options.WarmUp.Rounds}: it must be 0 or more."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsValidName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string Names(GraderServiceOptions options) =>
        options.Questions.Count == 0 ? "there are none" : "the questions are " + string.Join(", ", options.Questions.Keys.Order(StringComparer.OrdinalIgnoreCase));
}
