using Grader.Cli.Files;
using Grader.Loading;
using Grader.Text;

namespace Grader.Cli.Commands;

/// <summary>Reads one essay file (or standard input), turning every way it can fail into a message that says what to do.</summary>
internal static class EssayFile
{
    /// <summary>
    /// The essay's text, decoded as <paramref name="encoding"/> says or as detected (<paramref name="used"/> says which);
    /// at most <paramref name="maxCharacters"/> characters (4 bytes each) are read, so an endless file cannot exhaust memory.
    /// <paramref name="role"/> names the file in messages ("the essay", "the model essay").
    /// </summary>
    public static bool TryRead(InputSource input, InputEncoding? encoding, int maxCharacters, out string essay, out EncodingDetection? used, out string problem, string role = "the essay")
    {
        essay = "";
        used = null;
        byte[]? bytes;
        if (input.TryOpen(role, out problem) is not { } stream)
        {
            return false;
        }

        try
        {
            using (stream)
            {
                bytes = LimitedFile.ReadAllBytes(stream, 4L * maxCharacters);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = FileProblem.CannotRead(role, input.Path ?? input.Name, exception);
            return false;
        }

        var name = input.Path ?? input.Name;
        if (bytes is null)
        {
            problem = $"{name}: {role} is larger than {LimitedFile.Describe(4L * maxCharacters)}, so it cannot be one essay. Check the file.";
            return false;
        }

        if (!TextDecoding.TryDecode(bytes, encoding, strict: false, out essay, out var detection, out var decodeError))
        {
            problem = $"{name}: {decodeError}";
            return false;
        }

        used = detection;
        if (string.IsNullOrWhiteSpace(essay))
        {
            problem = $"{name}: {role} is empty. Put its text in the file.";
            return false;
        }

        return true;
    }
}
