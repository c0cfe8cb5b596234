using Grader.Cli.Csv;

namespace Grader.Benchmarks;

/// <summary>Writes essays as the <c>id,text</c> CSV that <c>grader mark</c> reads, with the CLI's own CSV writer.</summary>
internal static class EssaysCsvFile
{
    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/>, cycling through <paramref name="essays"/>; ids are unique.</summary>
    public static void Write(string path, IReadOnlyList<string> essays, int rows)
    {
        using var writer = CsvWriting.Create(File.Create(path));
        writer.WriteRecord(["id", "text"]);
        for (var i = 0; i < rows; i++)
        {
            writer.WriteRecord(["E" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), essays[i % essays.Count]]);
        }
    }
}
