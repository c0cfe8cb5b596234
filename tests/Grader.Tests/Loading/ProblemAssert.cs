using Grader.Loading;

namespace Grader.Tests.Loading;

/// <summary>Finds a located problem by path and line and checks its message holds the key words that say how to fix it.</summary>
internal static class ProblemAssert
{
    public static LoadProblem Has(IReadOnlyList<LoadProblem> problems, string file, int line, string path, params string[] words)
    {
        var match = problems.FirstOrDefault(p =>
            p.File == file && p.Line == line && p.Path == path && words.All(w => p.Message.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.True(
            match is not null,
            $"Expected a problem at {file}:{line} {path} mentioning [{string.Join(", ", words)}]; found:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        return match!;
    }

    /// <summary>The 1-based number of the <paramref name="occurrence"/>th line of <paramref name="text"/> that contains <paramref name="snippet"/>.</summary>
    public static int LineOf(string text, string snippet, int occurrence = 1)
    {
        var lines = text.Split('\n');
        var found = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(snippet, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count >= occurrence, $"The test text should hold '{snippet}' on at least {occurrence} line(s), found {found.Count}.");
        return found[occurrence - 1] + 1;
    }
}
