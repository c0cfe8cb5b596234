namespace Grader.Loading;

/// <summary>
/// Reads a JSON file (from disk or a file provider) into <see cref="JsonSourceNode"/>s, turning I/O failures and files
/// over <see cref="LoadLimits.JsonBytes"/> into located problems.
/// </summary>
internal static class JsonSourceLoader
{
    public static JsonSourceNode? Load(QuestionFiles source, string fullPath, string what, List<LoadProblem> problems)
    {
        byte[]? bytes;
        try
        {
            bytes = source.ReadAllBytes(fullPath, LoadLimits.JsonBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = exception switch
            {
                FileNotFoundException or DirectoryNotFoundException => "it does not exist",
                UnauthorizedAccessException when source.IsDirectory(fullPath) => "it is a folder, not a file",
                _ => exception.Message,
            };
            problems.Add(new LoadProblem(fullPath, 0, "", $"Cannot read the {what} file: {reason}. Check the path."));
            return null;
        }

        if (bytes is null)
        {
            problems.Add(new LoadProblem(fullPath, 0, "", $"The {what} file is larger than {LimitedFile.Describe(LoadLimits.JsonBytes)}, so it cannot be a {what}. Check the path."));
            return null;
        }

        return JsonSourceParser.Parse(bytes, fullPath, problems);
    }
}
