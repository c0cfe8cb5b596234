namespace Grader.Cli;

/// <summary>Finds the bundled rubric (the seed question's) when --rubric is not given.</summary>
internal static class DefaultRubric
{
    public const string RelativePath = "data/soviet-union-prc/rubric.json";

    /// <summary>The bundled rubric under the working directory or one of its parents, else beside the program.</summary>
    public static string? Find(string workingDirectory)
    {
        return Search(workingDirectory) ?? Search(AppContext.BaseDirectory);
    }

    private static string? Search(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
