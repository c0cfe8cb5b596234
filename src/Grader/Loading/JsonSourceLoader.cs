namespace Grader.Loading;

/// <summary>Reads a JSON file (from disk or a file provider) into <see cref="JsonSourceNode"/>s, turning I/O failures into located problems.</summary>
internal static class JsonSourceLoader
{
    public static JsonSourceNode? Load(QuestionFiles source, string fullPath, string what, List<LoadProblem> problems)
    {
        byte[] bytes;
        try
        {
            bytes = source.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = exception is FileNotFoundException or DirectoryNotFoundException ? "it does not exist" : exception.Message;
            problems.Add(new LoadProblem(fullPath, 0, "", $"Cannot read the {what} file: {reason}. Check the path."));
            return null;
        }

        return JsonSourceParser.Parse(bytes, fullPath, problems);
    }
}
