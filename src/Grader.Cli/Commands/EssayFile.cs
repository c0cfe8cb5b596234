using Grader.Text;

namespace Grader.Cli.Commands;

/// <summary>Reads one essay file, turning every way it can fail into a message that says what to do.</summary>
internal static class EssayFile
{
    public static bool TryRead(string path, out string essay, out string problem)
    {
        essay = "";
        problem = "";
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = $"{path}: no such file. Check the path.";
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"{path}: cannot be read ({exception.Message}).";
            return false;
        }

        if (!TextDecoding.TryDecode(bytes, out essay, out var decodeError))
        {
            problem = $"{path}: {decodeError}";
            return false;
        }

        if (string.IsNullOrWhiteSpace(essay))
        {
            problem = $"{path}: the essay is empty. Put the essay's text in the file.";
            return false;
        }

        return true;
    }
}
