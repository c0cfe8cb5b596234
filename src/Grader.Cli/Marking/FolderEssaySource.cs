using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grader.Text;

namespace Grader.Cli.Marking;

/// <summary>
/// Essays from a folder of <c>.txt</c> files (not its subfolders), in ordinal order of file name; a file's id is its
/// name without <c>.txt</c>. A file that cannot be read or decoded becomes an error row naming the file.
/// </summary>
internal sealed class FolderEssaySource : IEssaySource
{
    private readonly string[] _files;
    private readonly EssayRowChecker _checker;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _bytesRead;

    private FolderEssaySource(string[] files, int maxTextLength)
    {
        _files = files;
        _checker = new EssayRowChecker(maxTextLength);
        Progress = new ReadingProgress(() => Interlocked.Read(ref _bytesRead), 0, files.Length);
    }

    public IReadOnlyList<string> PassThroughColumns => [];

    public IReadOnlyList<string> Files => _files;

    public ReadingProgress Progress { get; }

    public static FolderEssaySource? Open(string path, int maxTextLength, out string problem)
    {
        problem = "";
        string[] files;
        try
        {
            files = Directory.EnumerateFiles(path, "*", SearchOption.TopDirectoryOnly)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"{path}: the folder cannot be read ({exception.Message}).";
            return null;
        }

        if (files.Length == 0)
        {
            problem = $"{path}: the folder holds no .txt files. Put one essay per .txt file in it, or give a CSV file.";
            return null;
        }

        return new FolderEssaySource(files, maxTextLength);
    }

    public IEnumerable<EssayRow> ReadRows()
    {
        for (var i = 0; i < _files.Length; i++)
        {
            yield return ReadRow(i + 1, _files[i]);
        }
    }

    /// <summary>The SHA-256 of each file's name, length and (when read) bytes, in order.</summary>
    public string Fingerprint() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public void Dispose() => _hash.Dispose();

    private EssayRow ReadRow(long row, string path)
    {
        var fileName = Path.GetFileName(path);
        var id = Path.GetFileNameWithoutExtension(path);
        var location = $"file {fileName}";
        var text = "";
        string? problem = null;
        try
        {
            var length = new FileInfo(path).Length;
            _hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{fileName}\0{length}\0")));
            if (length > 4L * _checker.MaxTextLength)
            {
                Interlocked.Add(ref _bytesRead, length);
                problem = _checker.Check(id, "", textTooLong: true, location);
                return new EssayRow(row, location, id, "", [], problem);
            }

            var bytes = File.ReadAllBytes(path);
            _hash.AppendData(bytes);
            Interlocked.Add(ref _bytesRead, bytes.Length);
            if (!TextDecoding.TryDecode(bytes, out text, out var decodeError))
            {
                problem = $"{location}: {decodeError}";
                _checker.Check(id, "x", textTooLong: false, location);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{location}: cannot be read ({exception.Message}).");
            _checker.Check(id, "x", textTooLong: false, location);
        }

        problem ??= _checker.Check(id, text, textTooLong: false, location);
        return new EssayRow(row, location, id, problem is null ? text : "", [], problem);
    }
}
