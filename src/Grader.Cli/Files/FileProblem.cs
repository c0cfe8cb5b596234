namespace Grader.Cli.Files;

/// <summary>
/// Turns the exceptions of file operations into messages that say what went wrong with which file and what to do,
/// instead of the runtime's ("Could not find a part of the path …").
/// </summary>
internal static class FileProblem
{
    /// <summary>Why <paramref name="path"/> (named <paramref name="role"/>, e.g. "--report") could not be written.</summary>
    public static string CannotWrite(string role, string path, Exception exception)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? path;
        return exception switch
        {
            DirectoryNotFoundException => $"cannot write {role} {path}: the folder {folder} does not exist. Create it, or choose another path.",
            UnauthorizedAccessException when Directory.Exists(path) => $"cannot write {role} {path}: it is a folder. Give a file name.",
            UnauthorizedAccessException => $"cannot write {role} {path}: permission denied. Choose a path you may write to, or change the permissions.",
            PathTooLongException => $"cannot write {role} {path}: the path is too long. Choose a shorter one.",
            IOException when IsDiskFull(exception) => $"cannot write {role} {path}: the disk is full. Free some space and run the command again.",
            _ => $"cannot write {role} {path}: {exception.Message}",
        };
    }

    /// <summary>Why <paramref name="path"/> (named <paramref name="role"/>) could not be read.</summary>
    public static string CannotRead(string role, string path, Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"{role} {path}: no such file. Check the path.",
        UnauthorizedAccessException when Directory.Exists(path) => $"{role} {path} is a folder, not a file.",
        UnauthorizedAccessException => $"{role} {path}: permission denied. Check the file's permissions.",
        _ => $"{role} {path} cannot be read: {exception.Message}",
    };

    /// <summary>
    /// Checks that <paramref name="path"/> can be written, before any work is done, by creating (and removing) a file
    /// beside it the way the output will be written; null when it can, else why not.
    /// </summary>
    public static string? CheckWritable(string role, string path)
    {
        if (Directory.Exists(path))
        {
            return $"cannot write {role} {path}: it is a folder. Give a file name.";
        }

        var probe = path + ".probe-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            if (File.Exists(path))
            {
                using var existing = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return CannotWrite(role, path, exception);
        }
    }

    private static bool IsDiskFull(Exception exception) => exception.HResult is 28 or unchecked((int)0x80070070);
}
