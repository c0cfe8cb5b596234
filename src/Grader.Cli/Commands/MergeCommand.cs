using System.CommandLine;
using System.Globalization;
using Grader.Cli.CommandLine;
using Grader.Cli.Files;
using Grader.Cli.Console;
using Grader.Cli.Csv;
using Grader.Cli.Marking;
using Grader.Csv;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader merge &lt;shard files…&gt; [--out file]</c>: joins the outputs of <c>grader mark --shard k/N</c> back into one
/// file in input order (by their <c>row</c> column), byte for byte what an unsharded run writes.
/// </summary>
internal static class MergeCommand
{
    private const int MaxRecordBytes = 1 << 30;

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("shards") { Description = "The outputs of 'grader mark --shard k/N' to merge, in any order.", Arity = ArgumentArity.OneOrMore };
        var output = CliOptions.Path("--out", "Write the merged marks here instead of standard output.", "marks.csv");
        var command = new Command("merge", "Join the outputs of 'grader mark --shard k/N' back into one file in input order, byte for byte what an unsharded run writes.")
        {
            files, output,
        };
        command.SetAction(result => Run(console, result.GetValue(files)!, result.GetValue(output)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string? outOption)
    {
        var paths = files.Select(console.Resolve).ToArray();
        var outPath = outOption is null ? null : console.Resolve(outOption);
        var inputs = paths.SelectMany(p => new[] { new NamedFile($"the shard {Path.GetFileName(p)}", p), new NamedFile($"the shard record {Path.GetFileName(ShardCoverage.PathFor(p))}", ShardCoverage.PathFor(p)) });
        if (outPath is not null && OutputGuard.Problem(inputs, [new NamedFile("--out", outPath)]) is { } clash)
        {
            console.Error.WriteLine($"error: {clash}");
            return ExitCodes.Usage;
        }

        if (CheckCoverage(paths, out var coverageProblem) is not { } inputRows)
        {
            return Fail(console, coverageProblem);
        }

        if (outPath is not null && FileProblem.CheckWritable("--out", outPath) is { } unwritable)
        {
            return Fail(console, unwritable);
        }

        var shards = new List<MergeShard>();
        var temporary = outPath is null ? null : outPath + ".merging-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var exitCode = ExitCodes.Failure;
        try
        {
            foreach (var path in paths)
            {
                var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                shards.Add(new MergeShard(path, stream.Length, CsvRecordReader.OpenStandard(stream, MaxRecordBytes)));
            }

            exitCode = Merge(shards, temporary, inputRows, console);
            return exitCode;
        }
        catch (InvalidDataException exception)
        {
            return Fail(console, exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException && exception is not BrokenPipeException)
        {
            return Fail(console, temporary is null ? exception.Message : FileProblem.CannotWrite("--out", outPath!, exception));
        }
        finally
        {
            foreach (var shard in shards)
            {
                shard.Dispose();
            }

            // The merged file appears only whole: written beside --out, then moved over it; a failed merge leaves --out as it was.
            if (temporary is not null && File.Exists(temporary))
            {
                if (exitCode is ExitCodes.Success or ExitCodes.RowErrors)
                {
                    File.Move(temporary, outPath!, overwrite: true);
                }
                else
                {
                    File.Delete(temporary);
                }
            }
        }
    }

    private static int Fail(CliConsole console, string problem)
    {
        console.Error.WriteLine($"error: {problem}");
        return ExitCodes.Failure;
    }

    /// <summary>
    /// Checks the shards' coverage records: one run's shards (same input, scheme and options), each finished and
    /// unchanged since, each given once, none missing. The number of input rows, or null and why not.
    /// </summary>
    private static long? CheckCoverage(string[] paths, out string problem)
    {
        problem = "";
        var coverages = new List<(string Name, ShardCoverage Coverage)>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                problem = $"{path}: no such file. Check the path.";
                return null;
            }

            var coverage = ShardCoverage.Read(path, out problem);
            if (coverage is null)
            {
                return null;
            }

            if (new FileInfo(path).Length != coverage.Bytes)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} is not the file its shard run finished ({new FileInfo(path).Length:N0} bytes, not {coverage.Bytes:N0}): it was changed or cut since. Mark that shard again.");
                return null;
            }

            var (firstName, first) = coverages.Count > 0 ? coverages[0] : (Path.GetFileName(path), coverage);
            if (coverage.Shard.Count != first.Shard.Count || coverage.InputFingerprint != first.InputFingerprint || coverage.InputRows != first.InputRows)
            {
                problem = $"{Path.GetFileName(path)} ({coverage}) and {firstName} ({first}) were not made from the same input: merge the shards of one 'grader mark --shard k/N' run.";
                return null;
            }

            if (coverage.RunFingerprint != first.RunFingerprint)
            {
                problem = $"{Path.GetFileName(path)} and {firstName} were marked with a different rubric, answer key, calibration or options: mark every shard the same way.";
                return null;
            }

            if (coverages.FirstOrDefault(c => c.Coverage.Shard.Index == coverage.Shard.Index) is { Name: { } twice })
            {
                problem = $"{Path.GetFileName(path)} and {twice} are both shard {coverage.Shard}: give each shard's output once.";
                return null;
            }

            coverages.Add((Path.GetFileName(path), coverage));
        }

        var count = coverages[0].Coverage.Shard.Count;
        var missing = Enumerable.Range(1, count).Where(k => coverages.All(c => c.Coverage.Shard.Index != k)).ToArray();
        if (missing.Length > 0)
        {
            var names = string.Join(", ", missing.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k}/{count}")));
            problem = $"shard{(missing.Length == 1 ? "" : "s")} {names} of {count} {(missing.Length == 1 ? "is" : "are")} missing: give the output of every 'grader mark --shard k/{count}' run (rows would be lost otherwise).";
            return null;
        }

        return coverages[0].Coverage.InputRows;
    }

    private static int Merge(List<MergeShard> shards, string? outPath, long inputRows, CliConsole console)
    {
        IReadOnlyList<string>? header = null;
        foreach (var shard in shards)
        {
            if (!shard.ReadHeader(out var problem))
            {
                console.Error.WriteLine($"error: {problem}");
                return ExitCodes.Failure;
            }

            if (header is not null && !header.SequenceEqual(shard.Header, StringComparer.Ordinal))
            {
                console.Error.WriteLine($"error: {shard.Name} has different columns from {shards[0].Name}: merge only the shards of one 'grader mark' run (same input, rubric and options).");
                return ExitCodes.Failure;
            }

            header = shard.Header;
        }

        var statusIndex = 1;
        long expected = 1, errors = 0;
        var missing = new List<string>();
        // The cells are written as read: they were formula-escaped when 'grader mark' wrote them.
        using var output = outPath is null ? CsvWriting.Create(console.Out) : CsvWriting.Create(new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read));
        output.WriteRecord(header!.ToArray());
        foreach (var shard in shards)
        {
            if (!shard.Advance(out var problem))
            {
                console.Error.WriteLine($"error: {problem}");
                return ExitCodes.Failure;
            }
        }

        while (true)
        {
            MergeShard? next = null;
            foreach (var shard in shards)
            {
                if (shard.Current is not null && (next is null || shard.CurrentRow < next.CurrentRow))
                {
                    next = shard;
                }
                else if (shard.Current is not null && next is not null && shard.CurrentRow == next.CurrentRow)
                {
                    console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: row {shard.CurrentRow} is in both {next.Name} and {shard.Name}: give each shard's output once, all from the same run."));
                    return ExitCodes.Failure;
                }
            }

            if (next is null)
            {
                break;
            }

            if (next.CurrentRow > expected)
            {
                missing.Add(next.CurrentRow - 1 == expected ? Invariant(expected) : $"{Invariant(expected)}–{Invariant(next.CurrentRow - 1)}");
            }

            expected = next.CurrentRow + 1;
            errors += next.Current![statusIndex] == "error" ? 1 : 0;
            output.WriteRecord(next.Current.ToArray());
            if (!next.Advance(out var problem))
            {
                console.Error.WriteLine($"error: {problem}");
                return ExitCodes.Failure;
            }
        }

        output.Flush();
        console.Out.Flush();
        if (expected - 1 < inputRows)
        {
            missing.Add(expected == inputRows ? Invariant(expected) : $"{Invariant(expected)}–{Invariant(inputRows)}");
        }

        if (missing.Count > 0)
        {
            console.Error.WriteLine($"error: input rows {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : "")} are in none of the files: was every shard given, and did every shard finish?");
            return ExitCodes.Failure;
        }

        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Merged {expected - 1:N0} rows from {shards.Count} files ({errors:N0} error rows)."));
        return errors > 0 ? ExitCodes.RowErrors : ExitCodes.Success;
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
