namespace Grader.Benchmarks;

/// <summary>
/// Realistic answers of a given length for the benchmarks, assembled from the paragraphs of the English test essays
/// (tests/Grader.Tests/Essays) so that every check and the similarity model do their full work.
/// </summary>
internal static class BenchmarkEssays
{
    private static readonly string[] Sources =
        ["strong-agree", "strong-disagree", "balanced-mid", "weak-general", "narrative", "factual-errors", "with-plan", "judgement-only-body"];

    /// <summary>An essay of about <paramref name="words"/> words: whole paragraphs, starting at paragraph <paramref name="offset"/> of the pool.</summary>
    public static string OfLength(int words, int offset = 0)
    {
        var paragraphs = Paragraphs();
        var chosen = new List<string>();
        var count = 0;
        for (var i = 0; count < words; i++)
        {
            var paragraph = paragraphs[(offset + i) % paragraphs.Length];
            chosen.Add(paragraph);
            count += paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return string.Join("\n\n", chosen);
    }

    /// <summary><paramref name="count"/> different essays of about <paramref name="words"/> words each.</summary>
    public static string[] Many(int count, int words) => Enumerable.Range(0, count).Select(i => OfLength(words, i * 3)).ToArray();

    private static string[] Paragraphs() => Sources
        .Select(name => File.ReadAllText(Path.Combine(BenchmarkData.Root, "tests", "Grader.Tests", "Essays", name + ".txt")))
        .SelectMany(text => text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(paragraph => paragraph.Split(' ').Length > 20)
        .ToArray();
}
