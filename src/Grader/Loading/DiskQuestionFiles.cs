namespace Grader.Loading;

/// <summary>A question's files on disk, named by full paths.</summary>
internal sealed class DiskQuestionFiles : QuestionFiles
{
    public override bool IsDisk => true;

    public override string Normalize(string path) => Path.GetFullPath(path);

    public override string DirectoryOf(string path) => Path.GetDirectoryName(path)!;

    public override string Resolve(string directory, string relative) => Path.GetFullPath(Path.Combine(directory, relative));

    public override bool Exists(string path) => File.Exists(path);

    public override bool IsDirectory(string path) => Directory.Exists(path);

    public override Stream OpenRead(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
}
