namespace Grader.Cli.Tests.Support;

/// <summary>Small, varied essays made by combining paragraphs of the essay fixtures; the same index always gives the same essay.</summary>
internal static class SampleEssays
{
    private static readonly string[] Sources = ["strong-agree.txt", "balanced-mid.txt", "weak-general.txt", "strong-disagree.txt", "short.txt", "with-plan.txt"];

    private static readonly string[][] Paragraphs = Sources
        .Select(name => File.ReadAllText(Path.Combine(RepositoryFiles.EssaysFolder, name))
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToArray();

    /// <summary>Essay <paramref name="index"/>: the opening, one body paragraph and the close of one fixture, so it has the shape of an essay.</summary>
    public static string Essay(int index)
    {
        var source = Paragraphs[index % Paragraphs.Length];
        var body = source[1 + (index / Paragraphs.Length % Math.Max(1, source.Length - 2))];
        return string.Join("\n\n", new[] { source[0], body, source[^1] }.Distinct());
    }
}
