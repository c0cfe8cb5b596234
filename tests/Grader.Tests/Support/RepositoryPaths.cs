namespace Grader.Tests.Support;

/// <summary>Paths into the repository the tests run from (found by walking up to Grader.sln).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Grader.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Grader.sln was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string BundledRubric => Path.Combine(Root, "data", "soviet-union-prc", "rubric.json");

    public static string Seed => Path.Combine(Root, "seeds", "000_98c4dcf6fd94ba68.txt");
}
