using Grader.Loading;

namespace Grader.Hosting;

/// <summary>How a question's load problem reads in a start-up failure: the question, its folder, then the problem with its location.</summary>
internal static class QuestionProblems
{
    public static string Describe(string name, string rubricPath, LoadProblem problem) =>
        $"Question '{name}' (folder {Path.GetDirectoryName(rubricPath)}): {problem}";
}
