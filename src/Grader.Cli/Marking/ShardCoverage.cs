using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grader.Cli.Marking;

/// <summary>
/// What one finished <c>grader mark --shard k/N</c> output covers, recorded beside it in <c>&lt;out&gt;.shard</c>: the
/// shard, the number of rows and a fingerprint of the whole input, a fingerprint of the mark scheme and options, and the
/// rows and bytes of the marks file. <c>grader merge</c> reads it to refuse a set of shards that is incomplete, mixed
/// (other input, other rubric) or holds a shard that did not finish. It is written only when a shard run completes,
/// and removed when a run into the same file starts.
/// </summary>
internal sealed record ShardCoverage(ShardSelector Shard, long InputRows, string InputFingerprint, string RunFingerprint, long Rows, long Bytes)
{
    private const string Format = "grader-shard";
    private const int Version = 1;

    public static string PathFor(string marksPath) => marksPath + ".shard";

    public void Save(string marksPath)
    {
        var json = new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["shard"] = Shard.ToString(),
            ["inputRows"] = InputRows,
            ["input"] = InputFingerprint,
            ["run"] = RunFingerprint,
            ["rows"] = Rows,
            ["bytes"] = Bytes,
        };
        var path = PathFor(marksPath);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The coverage recorded beside <paramref name="marksPath"/>; null and why when there is none or it cannot be read.</summary>
    public static ShardCoverage? Read(string marksPath, out string problem)
    {
        var name = Path.GetFileName(marksPath);
        var path = PathFor(marksPath);
        problem = "";
        if (!File.Exists(path))
        {
            problem = $"{name} has no {Path.GetFileName(path)} beside it, so it is not a finished 'grader mark --shard k/N' output: the run was interrupted (finish it with the same command and --resume), or the file was copied without its .shard file.";
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (info.Length > 64 * 1024)
            {
                throw new InvalidDataException("it is too large");
            }

            var json = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException("it is empty");
            if ((string?)json["format"] != Format || (int?)json["version"] != Version)
            {
                throw new InvalidDataException("it is not a shard record of this version of grader");
            }

            var shard = ShardSelector.Parse((string?)json["shard"] ?? "", out _) ?? throw new InvalidDataException("its shard is not k/N");
            return new ShardCoverage(
                shard,
                (long?)json["inputRows"] ?? throw new InvalidDataException("it has no inputRows"),
                (string?)json["input"] ?? throw new InvalidDataException("it has no input fingerprint"),
                (string?)json["run"] ?? throw new InvalidDataException("it has no run fingerprint"),
                (long?)json["rows"] ?? throw new InvalidDataException("it has no rows"),
                (long?)json["bytes"] ?? throw new InvalidDataException("it has no bytes"));
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
        {
            problem = $"{Path.GetFileName(path)} cannot be read ({exception.Message}): mark that shard again.";
            return null;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"shard {Shard} of {InputRows} input rows");
}
