namespace Grader.Hosting.Tests.Support;

/// <summary>
/// A temporary copy of the bundled question (rubric, answer key, similarity model, and the model essay moved into the
/// folder), so a test can break one file and see the problem reported; deleted afterwards.
/// </summary>
internal sealed class QuestionFolder : IDisposable
{
    private const string ModelEssayInRubric = "\"modelEssay\": \"../../seeds/000_98c4dcf6fd94ba68.txt\"";

    public QuestionFolder(Func<string, string>? editRubric = null)
    {
        Path = Directory.CreateTempSubdirectory("grader-hosting-tests-").FullName;
        foreach (var file in new[] { "answer-key.json", "similarity.model" })
        {
            File.Copy(System.IO.Path.Combine(RepositoryFiles.QuestionFolder, file), System.IO.Path.Combine(Path, file));
        }

        File.Copy(RepositoryFiles.SeedEssay, System.IO.Path.Combine(Path, "model-essay.txt"));
        var rubric = File.ReadAllText(RepositoryFiles.Rubric);
        Assert.Contains(ModelEssayInRubric, rubric);
        rubric = rubric.Replace(ModelEssayInRubric, "\"modelEssay\": \"model-essay.txt\"", StringComparison.Ordinal);
        File.WriteAllText(Rubric, editRubric is null ? rubric : editRubric(rubric));
    }

    public string Path { get; }

    public string Rubric => System.IO.Path.Combine(Path, "rubric.json");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
