namespace Grader.Hosting.Tests.Support;

/// <summary>Files of the repository the tests run in, found by walking up from the test's base directory.</summary>
internal static class RepositoryFiles
{
    public static readonly string Root = FindRoot();

    public static string QuestionFolder => Path.Combine(Root, "data", "soviet-union-prc");

    public static string Rubric => Path.Combine(QuestionFolder, "rubric.json");

    public static string SeedEssay => Path.Combine(Root, "seeds", "000_98c4dcf6fd94ba68.txt");

    /// <summary>An honest answer to the bundled question written for the tests (the seed essay is the model essay: a copy).</summary>
    public static string HonestEssay => Path.Combine(Root, "tests", "Grader.Tests", "Essays", "strong-agree.txt");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "data", "soviet-union-prc", "rubric.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (holding data/soviet-union-prc/rubric.json) is not above " + AppContext.BaseDirectory);
    }
}
