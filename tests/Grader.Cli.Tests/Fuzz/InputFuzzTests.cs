using System.Globalization;
using System.Text;
using Grader.Cli.Files;
using Grader.Cli.Marking;
using Grader.Cli.Tests.Support;
using Grader.Scoring;

namespace Grader.Cli.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of what <c>grader mark</c> reads and marks: essays of random, hostile text; well-formed CSV files whose
/// cells hold every kind of awkward content (each row must come out, in order, with its id); and CSV files damaged at
/// the byte level (nothing may throw but a located runaway-row error, rows are numbered without gaps, every error row
/// says where it is). The same seeds give the same cases, so a failure can be replayed.
/// </summary>
public sealed class InputFuzzTests
{
    private static readonly Lazy<MarkScheme> Scheme = new(() => MarkScheme.Load(RepositoryFiles.Rubric).GetValueOrThrow());

    private static readonly string[] Pieces =
    [
        "The Soviet Union was crucial in 1950.", "However, Mao", ",", "\"", "\"\"", ";", "\t", "\n", "\r\n", "\r", "\n\n", " ", "\u00A0",
        "\u2029", "\u000C", "\u200B", "\uFEFF", "\uFFFF", "\uFFFD", "é", "ß", "中文", "😀", "\u202E", "\u001B[2J", "\u0007", "=cmd|' /C calc'!A0",
        "+1", "-", "@x", "1950–1953", "$300 million", "In conclusion, it was crucial.", "", "   ",
    ];

    [Fact]
    public void Grade_RandomHostileEssays_NeverThrowAndErrorsSayWhy()
    {
        var grader = new EssayGrader(Scheme.Value);
        var random = new Random(21);
        for (var i = 0; i < 300; i++)
        {
            var essay = Text(random, random.Next(0, 60));

            var result = grader.Grade(essay);

            Assert.InRange(result.Total, 0, result.Max);
            if (result.Status == GradeStatus.Error)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Error), $"case {i}: an error without a message");
            }
        }
    }

    [Fact]
    public void Mark_WellFormedCsvWithHostileCells_EveryRowComesOutInOrderWithItsId()
    {
        var random = new Random(22);
        for (var i = 0; i < 60; i++)
        {
            var ids = new List<string>();
            var csv = new StringBuilder("id,text,note\n");
            for (var row = 0; row < random.Next(1, 12); row++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"R{i}-{row}") + (random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)] : "");
                ids.Add(id);
                csv.Append(Quote(id)).Append(',').Append(Quote(Text(random, random.Next(0, 30)))).Append(',').Append(Quote(Text(random, random.Next(0, 3)))).Append('\n');
            }

            var rows = Mark(Encoding.UTF8.GetBytes(csv.ToString()), i);

            Assert.Equal(ids.Count, rows.Count);
            Assert.Equal(ids, rows.Select(r => r.Id));
        }
    }

    [Fact]
    public void Mark_CsvDamagedAtTheByteLevel_NoCrashEveryRowNumberedAndEveryErrorLocated()
    {
        var random = new Random(23);
        for (var i = 0; i < 80; i++)
        {
            var csv = new StringBuilder("id,text,note\n");
            for (var row = 0; row < random.Next(1, 10); row++)
            {
                csv.Append(Quote($"D{row}")).Append(',').Append(Quote(Text(random, random.Next(1, 20)))).Append(",n\n");
            }

            var bytes = Damage(Encoding.UTF8.GetBytes(csv.ToString()), random);

            Mark(bytes, i);
        }
    }

    /// <summary>Reads and marks <paramref name="bytes"/> as <c>grader mark</c> does, checking what comes out; the rows, in order.</summary>
    private static List<EssayRow> Mark(byte[] bytes, int @case)
    {
        var input = new InputSource("fuzz.csv", null, () => new MemoryStream(bytes));
        using var source = CsvEssaySource.Open(input, "id", "text", 20_000, null, null, out var problem);
        if (source is null)
        {
            Assert.Contains("fuzz.csv", problem, StringComparison.Ordinal);
            return [];
        }

        var layout = new MarksLayout(Scheme.Value.Rubric.Criteria.Select(c => c.Id).ToArray(), source.PassThroughColumns);
        var marker = new RowMarker(new EssayGrader(Scheme.Value), layout, withDetails: true);
        var rows = new List<EssayRow>();
        try
        {
            foreach (var row in source.ReadRows())
            {
                rows.Add(row);
                var marked = marker.Mark(rows.Count - 1, row);
                Assert.Equal(layout.Columns.Count, marked.Cells.Length);
                if (marked.Status == "error")
                {
                    Assert.Contains("fuzz.csv line ", marked.Cells[layout.RowIndex - 1], StringComparison.Ordinal);
                }
            }
        }
        catch (InvalidDataException exception)
        {
            Assert.Contains("fuzz.csv line ", exception.Message, StringComparison.Ordinal);
        }

        Assert.Equal(Enumerable.Range(1, rows.Count).Select(r => (long)r), rows.Select(r => r.Row));
        _ = @case;
        return rows;
    }

    private static string Text(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var p = 0; p < pieces; p++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? " " : "");
        }

        return text.ToString();
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || cell.Trim().Length != cell.Length ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    /// <summary>One to six byte edits: a quote, a line break, a NUL or a byte that is not UTF-8 inserted, or a byte deleted.</summary>
    private static byte[] Damage(byte[] bytes, Random random)
    {
        var damaged = bytes.ToList();
        byte[] inserts = [(byte)'"', (byte)'\n', (byte)'\r', 0, 0xFF, 0xC3, (byte)','];
        for (var edits = random.Next(1, 7); edits > 0 && damaged.Count > 1; edits--)
        {
            var at = random.Next(damaged.Count);
            if (random.Next(2) == 0)
            {
                damaged.RemoveAt(at);
            }
            else
            {
                damaged.Insert(at, inserts[random.Next(inserts.Length)]);
            }
        }

        return damaged.ToArray();
    }
}
