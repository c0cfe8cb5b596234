namespace Grader.Hosting.Tests.Support;

/// <summary>
/// A temporary copy of the bundled question (rubric, answer key, model essay, saved similarity model), so a test can
/// break or remove one file and see the problem reported; deleted afterwards.
/// </summary>
internal sealed class QuestionFolder : IDisposable
{
    private static readonly string[] Files = ["rubric.json", "answer-key.json", "model-essay.txt", "similarity.model"];

    public QuestionFolder(Func<string, string>? editRubric = null)
    {
        Path = Directory.CreateTempSubdirectory("grader-hosting-tests-").FullName;
        foreach (var file in Files)
        {
            File.Copy(System.IO.Path.Combine(RepositoryFiles.QuestionFolder, file), PathOf(file));
        }

        if (editRubric is not null)
        {
            File.WriteAllText(Rubric, editRubric(File.ReadAllText(Rubric)));
        }
    }

    public string Path { get; }

    public string Rubric => PathOf("rubric.json");

    public string SimilarityModel => PathOf("similarity.model");

    public string ModelEssay => PathOf("model-essay.txt");

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private string PathOf(string name) => System.IO.Path.Combine(Path, name);
}
