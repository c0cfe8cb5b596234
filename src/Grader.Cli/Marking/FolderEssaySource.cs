using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grader.Cli.Files;
using Grader.Loading;
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
    private readonly InputEncoding? _encoding;
    private readonly List<string> _otherEncodings = [];
    private long _bytesRead;

    private FolderEssaySource(string[] files, int maxTextLength, InputEncoding? encoding)
    {
        _files = files;
        _encoding = encoding;
        _checker = new EssayRowChecker(maxTextLength);
        Progress = new ReadingProgress(() => Interlocked.Read(ref _bytesRead), 0, files.Length);
    }

    public IReadOnlyList<string> PassThroughColumns => [];

    public IReadOnlyList<string> Files => _files;

    public IReadOnlyList<string> OpeningNotes => [];

    public IReadOnlyList<string> ReadingNotes()
    {
        var notes = new List<string>();
        if (_otherEncodings.Count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{_otherEncodings.Count:N0} file{(_otherEncodings.Count == 1 ? " was" : "s were")} not UTF-8 and read as detected: {string.Join(", ", _otherEncodings.Take(5))}{(_otherEncodings.Count > 5 ? ", …" : "")}. If their accents look wrong, give --encoding."));
        }

        if (_checker.LookalikeCount > 0)
        {
            notes.Add(CsvEssaySource.IdLookalikes(_checker));
        }

        return notes;
    }

    public ReadingProgress Progress { get; }

    public static FolderEssaySource? Open(string path, int maxTextLength, InputEncoding? encoding, out string problem)
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

        return new FolderEssaySource(files, maxTextLength, encoding);
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
            // At most 4 bytes a character: anything longer cannot be an essay within --max-text-length (and a link to
            // an endless device stops there).
            var bytes = LimitedFile.ReadAllBytes(path, 4L * _checker.MaxTextLength);
            _hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{fileName}\0{bytes?.Length ?? -1}\0")));
            if (bytes is null)
            {
                return new EssayRow(row, location, id, "", [], _checker.Check(id, false, "", -1, textTooLong: true, location));
            }

            _hash.AppendData(bytes);
            Interlocked.Add(ref _bytesRead, bytes.Length);
            if (!TextDecoding.TryDecode(bytes, _encoding, strict: false, out text, out var used, out var decodeError))
            {
                problem = $"{location}: {decodeError}";
            }
            else if (used.Encoding != InputEncoding.Utf8)
            {
                _otherEncodings.Add($"{fileName} ({used.DisplayName})");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"{location}: {FileProblem.CannotRead("the essay file", fileName, exception)}";
        }

        // The id is checked (and remembered, for duplicates) even when the file could not be read.
        problem = _checker.Check(id, false, problem is null ? text : "x", -1, textTooLong: false, location) ?? problem;
        return new EssayRow(row, location, id, problem is null ? text : "", [], problem);
    }
}
