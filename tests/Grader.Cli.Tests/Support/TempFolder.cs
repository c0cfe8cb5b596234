using System.Text;
using Grader.Cli.Csv;
using Grader.Csv;

namespace Grader.Cli.Tests.Support;

/// <summary>A fresh temporary folder for one test, deleted afterwards, with helpers to write inputs and read outputs.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "grader-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Read(string name) => System.IO.File.ReadAllText(File(name));

    public byte[] ReadBytes(string name) => System.IO.File.ReadAllBytes(File(name));

    /// <summary>A CSV document parsed into records (header first).</summary>
    public static List<IReadOnlyList<string>> ParseCsv(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        using var reader = CsvRecordReader.FromText(text);
        var records = new List<IReadOnlyList<string>>();
        while (reader.TryRead(out var record))
        {
            Assert.Null(record.Problem);
            Assert.True(record.EndOffset < length, "every CSV record ends with a line break");
            records.Add(record.Fields);
        }

        return records;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
