using Microsoft.Extensions.FileProviders;

namespace Grader.Loading;

/// <summary>
/// A question's files in an <see cref="IFileProvider"/> (embedded resources, a folder, memory): paths are relative to
/// the provider's root with '/' separators. A path that climbs above the root ('..' too often) names no file.
/// </summary>
internal sealed class ProviderQuestionFiles(IFileProvider provider) : QuestionFiles
{
    public override bool IsDisk => false;

    public override string Normalize(string path) => Collapse(path.Replace('\\', '/').TrimStart('/'));

    public override string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    public override string Resolve(string directory, string relative)
    {
        relative = relative.Replace('\\', '/');
        return relative.StartsWith('/') || Path.IsPathRooted(relative) ? relative : Collapse(directory.Length == 0 ? relative : directory + "/" + relative);
    }

    public override bool Exists(string path) => !IsOutside(path) && provider.GetFileInfo(path) is { Exists: true, IsDirectory: false };

    public override bool IsDirectory(string path) => !IsOutside(path) && provider.GetFileInfo(path) is { Exists: true, IsDirectory: true };

    public override Stream OpenRead(string path)
    {
        var file = IsOutside(path) ? null : provider.GetFileInfo(path);
        return file is { Exists: true, IsDirectory: false }
            ? file.CreateReadStream()
            : throw new FileNotFoundException($"'{path}' is not in the file provider.", path);
    }

    private static bool IsOutside(string path) => path.StartsWith('/') || path == ".." || path.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(path);

    /// <summary>Removes '.' segments and folds 'name/..' pairs; leading '..' segments that climb above the root are kept.</summary>
    private static string Collapse(string path)
    {
        var kept = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && kept.Count > 0 && kept[^1] != "..")
            {
                kept.RemoveAt(kept.Count - 1);
            }
            else
            {
                kept.Add(segment);
            }
        }

        return string.Join('/', kept);
    }
}
