using System.Globalization;

namespace Grader.Benchmarks.Throughput;

/// <summary>The options of the throughput command.</summary>
internal sealed record ThroughputOptions(string? AsapFolder, int? Rows, int? Threads, bool Keep, string? Calibration = null, bool Native = false)
{
    public static ThroughputOptions? Parse(string[] args, out string problem)
    {
        string? asap = null;
        int? rows = null;
        int? threads = null;
        var keep = false;
        var native = false;
        string? calibration = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--asap" when value is not null:
                    asap = Path.GetFullPath(value);
                    i++;
                    break;
                case "--rows" or "--generate" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    rows = n;
                    i++;
                    break;
                case "--threads" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t > 0:
                    threads = t;
                    i++;
                    break;
                case "--calibration" when value is not null:
                    calibration = Path.GetFullPath(value);
                    i++;
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--native":
                    native = true;
                    break;
                default:
                    problem = $"unknown or incomplete option '{args[i]}'.";
                    return null;
            }
        }

        if (asap is not null && !File.Exists(Path.Combine(asap, Grader.Cli.Commands.Evaluation.AsapDataset.EssaysFile)))
        {
            problem = $"{asap} does not hold {Grader.Cli.Commands.Evaluation.AsapDataset.EssaysFile}.";
            return null;
        }

        if (calibration is not null && !File.Exists(calibration))
        {
            problem = $"the calibration file {calibration} does not exist (make one with grader calibrate … --save <file>).";
            return null;
        }

        problem = "";
        return new ThroughputOptions(asap, rows, threads, keep, calibration, native);
    }
}
