namespace Grader.Tests.Loading;

/// <summary>The repository's root directory: the nearest ancestor of the test binaries that holds Grader.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Grader.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Grader.sln above '{AppContext.BaseDirectory}'.");
    }
}
