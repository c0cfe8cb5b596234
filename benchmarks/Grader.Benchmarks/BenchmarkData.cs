namespace Grader.Benchmarks;

/// <summary>Finds the repository's bundled data from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class BenchmarkData
{
    public static string Root
    {
        get
        {
            foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "Grader.sln")))
                    {
                        return directory.FullName;
                    }
                }
            }

            throw new InvalidOperationException("Run the benchmarks from inside the repository: Grader.sln was not found.");
        }
    }

    public static string Rubric => Path.Combine(Root, "data", "soviet-union-prc", "rubric.json");

    public static string Seed => Path.Combine(Root, "seeds", "000_98c4dcf6fd94ba68.txt");
}
