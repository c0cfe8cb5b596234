using System.Text;
using Grader.Loading;
using Grader.Rubrics;
using Grader.Tests.Loading;

namespace Grader.Tests.Rubrics;

/// <summary>
/// Seeded fuzzing of the rubric and answer-key readers: the bundled files damaged at random (characters deleted, doubled,
/// swapped for JSON's own punctuation, escapes, control characters, huge numbers, lone surrogates) must never throw, and
/// every problem must be located (its file, and a line or a JSON path).
/// </summary>
public sealed class LoaderFuzzTests
{
    private const int Cases = 250;

    private static readonly string[] Pieces =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "\\udc00", "\\uFFFF", "null", "true", "-1", "1e309", "99999999999",
        "0.5", "\"\"", "\"total\"", "\"id\"", "\n", "\r", "\t", "\u00A0", "\u200B", "é", "😀", "/*", "*/", "//", "\u0001", "NaN", "[]", "{}",
    ];

    [Fact]
    public void RubricReader_RandomlyDamagedRubrics_NeverThrowAndLocateEveryProblem() =>
        Fuzz("rubric.json", 11, (path, problems) => RubricReader.Read(path, problems, out _));

    [Fact]
    public void AnswerKeyReader_RandomlyDamagedAnswerKeys_NeverThrowAndLocateEveryProblem() =>
        Fuzz("answer-key.json", 12, (path, problems) => AnswerKeyReader.Read(path, problems));

    private static void Fuzz(string name, int seed, Action<string, List<LoadProblem>> read)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryRoot.Combine("data", "soviet-union-prc"), name));
        var random = new Random(seed);
        using var folder = new TempFolder();
        var path = folder.Combine(name);
        var failed = 0;
        for (var i = 0; i < Cases; i++)
        {
            var damaged = Damage(original, random);
            File.WriteAllBytes(path, random.Next(20) == 0 ? Encoding.Latin1.GetBytes(damaged) : Encoding.UTF8.GetBytes(damaged));
            var problems = new List<LoadProblem>();

            var exception = Record.Exception(() => read(path, problems));

            Assert.True(exception is null, $"case {i}: {exception}");
            Assert.All(problems, p =>
            {
                Assert.Equal(path, p.File);
                Assert.True(p.Line > 0 || p.Path.Length > 0, $"case {i}: unlocated problem {p}");
                Assert.False(string.IsNullOrWhiteSpace(p.Message));
            });
            failed += problems.Count > 0 ? 1 : 0;
        }

        Assert.InRange(failed, Cases / 2, Cases);
    }

    /// <summary>One to eight random edits: delete a span, insert a piece, or replace a span with a piece.</summary>
    private static string Damage(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 9); edits > 0; edits--)
        {
            var at = random.Next(builder.Length);
            var length = Math.Min(builder.Length - at, random.Next(1, 12));
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(at, length);
                    break;
                case 1:
                    builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                default:
                    builder.Remove(at, length).Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }
}
