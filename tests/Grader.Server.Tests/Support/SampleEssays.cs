using CsvHelper;

namespace Grader.Server.Tests.Support;

/// <summary>The bundled sample scripts (id and text) and the seed essay, read once, and what the library gives for them.</summary>
internal static class SampleEssays
{
    private static readonly Lazy<IReadOnlyList<(string Id, string Text)>> ScriptsRead = new(ReadScripts);

    private static readonly Lazy<EssayGrader> LibraryGrader = new(() => new EssayGrader(MarkScheme.Load(RepositoryFiles.Rubric).GetValueOrThrow()));

    public static IReadOnlyList<(string Id, string Text)> Scripts => ScriptsRead.Value;

    public static string Seed { get; } = File.ReadAllText(RepositoryFiles.SeedEssay);

    /// <summary>The library's grade of <paramref name="text"/> as compact JSON: what the service must answer.</summary>
    public static string ExpectedJson(string text, string? id) =>
        Reporting.GradeJsonWriter.ToJson(LibraryGrader.Value.Grade(text), id, indented: false);

    private static IReadOnlyList<(string Id, string Text)> ReadScripts()
    {
        using var reader = CsvReader.FromText(File.ReadAllText(RepositoryFiles.Scripts), new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true, Mode = CsvMode.Rfc4180 });
        Assert.True(reader.Read());
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
        var id = header.IndexOf("id");
        var text = header.IndexOf("text");
        var scripts = new List<(string, string)>();
        while (reader.Read())
        {
            scripts.Add((reader.GetString(id), reader.GetString(text)));
        }

        Assert.Equal(12, scripts.Count);
        return scripts;
    }
}
