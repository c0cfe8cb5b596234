namespace Grader.Tests.Support;

/// <summary>The essays written for these tests (tests/Grader.Tests/Essays, described in its README).</summary>
internal static class Essays
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Essays", name + ".txt"));

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Essays"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>The paragraphs of an essay (blank-line separated).</summary>
    public static string[] Paragraphs(string essay) =>
        essay.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);
}
