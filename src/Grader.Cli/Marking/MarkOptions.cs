using System.Globalization;

namespace Grader.Cli.Marking;

/// <summary>The validated options of <c>grader mark</c>, paths made absolute.</summary>
internal sealed record MarkOptions(
    string Input,
    bool InputIsFolder,
    string? Rubric,
    string? Out,
    string? Details,
    int Threads,
    bool Resume,
    ShardSelector Shard,
    bool Quiet,
    string IdColumn,
    string TextColumn,
    int MaxTextLength,
    string? Calibration = null)
{
    public const int DefaultMaxTextLength = 200_000;

    public static readonly string[] ValuedOptions = ["rubric", "out", "details", "calibration", "threads", "shard", "id-column", "text-column", "max-text-length"];

    public static readonly string[] FlagOptions = ["resume", "quiet"];

    /// <summary>Validates <paramref name="parsed"/>; null and every problem found (all at once) when it is not usable.</summary>
    public static MarkOptions? From(ParsedArguments parsed, Console.CliConsole console, List<string> problems)
    {
        if (parsed.Positionals.Count != 1)
        {
            problems.Add("give exactly one input: a CSV file or a folder of .txt files.");
        }

        var threads = Environment.ProcessorCount;
        if (parsed.Option("threads") is { } threadsText
            && (!int.TryParse(threadsText, NumberStyles.None, CultureInfo.InvariantCulture, out threads) || threads is < 1 or > 256))
        {
            problems.Add($"--threads must be a whole number from 1 to 256, not '{threadsText}'.");
        }

        var maxTextLength = DefaultMaxTextLength;
        if (parsed.Option("max-text-length") is { } maxText
            && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxTextLength) || maxTextLength is < 1 or > 100_000_000))
        {
            problems.Add($"--max-text-length must be a whole number of characters from 1 to 100000000, not '{maxText}'.");
        }

        var shard = ShardSelector.All;
        if (parsed.Option("shard") is { } shardText)
        {
            shard = ShardSelector.Parse(shardText, out var shardProblem) ?? ShardSelector.All;
            if (shardProblem.Length > 0)
            {
                problems.Add(shardProblem);
            }
        }

        var input = parsed.Positionals.Count == 1 ? console.Resolve(parsed.Positionals[0]) : "";
        var output = parsed.Option("out") is { } outText ? console.Resolve(outText) : null;
        var details = parsed.Option("details") is { } detailsText ? console.Resolve(detailsText) : null;
        if (parsed.Flag("resume") && output is null)
        {
            problems.Add("--resume needs --out <marks.csv>: it continues the file an interrupted run was writing.");
        }

        var paths = new[] { input, output, details }.Where(p => !string.IsNullOrEmpty(p)).ToArray();
        if (paths.Distinct(StringComparer.Ordinal).Count() != paths.Length)
        {
            problems.Add("the input, --out and --details must be different files.");
        }

        var idColumn = parsed.Option("id-column") ?? "id";
        var textColumn = parsed.Option("text-column") ?? "text";
        if (problems.Count > 0)
        {
            return null;
        }

        var calibration = parsed.Option("calibration") is { } calibrationText ? console.Resolve(calibrationText) : null;
        return new MarkOptions(input, Directory.Exists(input), parsed.Option("rubric"), output, details, threads, parsed.Flag("resume"), shard, parsed.Flag("quiet"), idColumn, textColumn, maxTextLength, calibration);
    }
}
