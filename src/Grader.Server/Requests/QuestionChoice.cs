using System.Diagnostics.CodeAnalysis;
using Grader.Hosting;

namespace Grader.Server;

/// <summary>Which question an essay is graded against: the one it names, else the request's default, else the server's default.</summary>
internal static class QuestionChoice
{
    public static bool TryResolve(
        QuestionCatalog catalog,
        string? name,
        string location,
        [NotNullWhen(true)] out GradedQuestion? question,
        [NotNullWhen(false)] out RequestProblem? problem)
    {
        problem = null;
        if (name is null)
        {
            question = catalog.Default;
            if (question is null)
            {
                problem = new(location, $"Name the question: this server serves several ({Names(catalog)}) and has no default.");
            }

            return question is not null;
        }

        if (catalog.TryGet(name, out question))
        {
            return true;
        }

        problem = new(location, $"There is no question '{name}' here. The questions served are: {Names(catalog)} (see GET /v1/questions).");
        return false;
    }

    private static string Names(QuestionCatalog catalog) => string.Join(", ", catalog.Questions.Select(q => q.Name));
}
