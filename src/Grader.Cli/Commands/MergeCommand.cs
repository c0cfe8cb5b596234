using System.CommandLine;
using System.Globalization;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;
using Grader.Cli.Csv;
using Grader.Cli.Marking;

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
        if (outPath is not null && paths.Contains(outPath, StringComparer.Ordinal))
        {
            console.Error.WriteLine("error: --out must not be one of the files being merged.");
            return ExitCodes.Usage;
        }

        var shards = new List<MergeShard>();
        try
        {
            foreach (var path in paths)
            {
                if (!File.Exists(path))
                {
                    console.Error.WriteLine($"error: {path}: no such file. Check the path.");
                    return ExitCodes.Failure;
                }

                var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                shards.Add(new MergeShard(path, stream.Length, CsvRecordReader.Open(stream, MaxRecordBytes)));
            }

            return Merge(shards, outPath, console);
        }
        catch (InvalidDataException exception)
        {
            console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            foreach (var shard in shards)
            {
                shard.Dispose();
            }
        }
    }

    private static int Merge(List<MergeShard> shards, string? outPath, CliConsole console)
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
