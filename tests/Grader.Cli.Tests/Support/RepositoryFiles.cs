namespace Grader.Cli.Tests.Support;

/// <summary>Files of the repository the tests run in, found by walking up from the test's base directory.</summary>
internal static class RepositoryFiles
{
    public static readonly string Root = FindRoot();

    public static string Rubric => Path.Combine(Root, "data", "soviet-union-prc", "rubric.json");

    public static string EssaysFolder => Path.Combine(Root, "tests", "Grader.Tests", "Essays");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Grader.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (holding Grader.sln) is not above " + AppContext.BaseDirectory);
    }
}
