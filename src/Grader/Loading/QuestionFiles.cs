namespace Grader.Loading;

/// <summary>
/// Where a question's files are read from: the disk (full paths, as the CLI uses them) or an
/// <see cref="Microsoft.Extensions.FileProviders.IFileProvider"/> (paths relative to its root, '/'-separated). The
/// rubric names its other files relative to its own folder; both kinds resolve them the same way.
/// </summary>
internal abstract class QuestionFiles
{
    /// <summary>The disk.</summary>
    public static QuestionFiles Disk { get; } = new DiskQuestionFiles();

    /// <summary>Whether files are on disk, so a scheme loaded from them can save its similarity model beside its rubric.</summary>
    public abstract bool IsDisk { get; }

    /// <summary>The path problems and <see cref="Rubrics.RubricFiles"/> show for <paramref name="path"/> as the caller gave it.</summary>
    public abstract string Normalize(string path);

    /// <summary>The folder of a normalized path.</summary>
    public abstract string DirectoryOf(string path);

    /// <summary>A path named in a file inside <paramref name="directory"/>, relative to it, normalized.</summary>
    public abstract string Resolve(string directory, string relative);

    public abstract bool Exists(string path);

    /// <summary>Whether <paramref name="path"/> names a folder rather than a file.</summary>
    public abstract bool IsDirectory(string path);

    /// <summary>Opens a file for reading; throws <see cref="IOException"/> (or <see cref="FileNotFoundException"/>) when it cannot.</summary>
    public abstract Stream OpenRead(string path);

    /// <summary>
    /// Reads a whole file, or null when it holds more than <paramref name="maxBytes"/> (see <see cref="LimitedFile"/>: a
    /// path naming something endless stops at the limit); throws <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> when it cannot be read.
    /// </summary>
    public byte[]? ReadAllBytes(string path, long maxBytes)
    {
        using var stream = OpenRead(path);
        return LimitedFile.ReadAllBytes(stream, maxBytes);
    }
}
