using System.Diagnostics;
using System.Globalization;
using Grader.Calibration;
using Grader.Cli.Console;
using Grader.Cli.Csv;
using Grader.Cli.Marking;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader mark &lt;essays.csv | folder&gt; …</c>: marks every essay of a CSV file or folder on all cores and writes one
/// CSV row per input row, in input order (standard output gets the CSV and nothing else; messages go to standard error).
/// </summary>
internal static class MarkCommand
{
    public const string Usage = "grader mark <essays.csv | folder> [--rubric <file>] [--out <marks.csv>] [--details <file.jsonl>] [--calibration <file>] [--threads N] [--resume] [--shard k/N] [--id-column <name>] [--text-column <name>] [--max-text-length N] [--quiet]";

    public static int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellation)
    {
        var problems = new List<string>();
        var parsed = ParsedArguments.Parse(args, MarkOptions.ValuedOptions, MarkOptions.FlagOptions, out var error);
        var options = parsed is null ? null : MarkOptions.From(parsed, console, problems);
        if (options is null)
        {
            foreach (var problem in parsed is null ? [error] : problems)
            {
                console.Error.WriteLine($"error: {problem}");
            }

            console.Error.WriteLine($"usage: {Usage}");
            return ExitCodes.Usage;
        }

        using var source = OpenSource(options, out var sourceProblem);
        if (source is null)
        {
            console.Error.WriteLine($"error: {sourceProblem}");
            return ExitCodes.Failure;
        }

        var scheme = SchemeLoader.Load(console, options.Rubric);
        if (scheme is null)
        {
            return ExitCodes.Failure;
        }

        CalibrationModel? calibration = null;
        if (options.Calibration is { } calibrationPath)
        {
            calibration = LoadCalibration(calibrationPath, scheme, console);
            if (calibration is null)
            {
                return ExitCodes.Failure;
            }
        }

        var layout = new MarksLayout(scheme.Rubric.Criteria.Select(c => c.Id).ToArray(), source.PassThroughColumns, calibrated: calibration is not null);
        var existing = options.Resume ? PrepareResume(options, layout, console) : ExistingMarks.None;
        if (existing is null)
        {
            return ExitCodes.Failure;
        }

        return Mark(options, source, scheme, calibration, layout, existing, console, cancellation);
    }

    /// <summary>Reads the calibration file and checks it was trained for this rubric; null (and a message) when it cannot be used.</summary>
    private static CalibrationModel? LoadCalibration(string path, MarkScheme scheme, CliConsole console)
    {
        CalibrationModel calibration;
        try
        {
            using var stream = File.OpenRead(path);
            calibration = CalibrationModel.Load(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            var reason = exception is FileNotFoundException or DirectoryNotFoundException ? "no such file. Check the path, or make one with 'grader calibrate <marked.csv> --save <file>'." : exception.Message;
            console.Error.WriteLine($"error: --calibration {Path.GetFileName(path)}: {reason}");
            return null;
        }

        if (calibration.CheckFits(scheme) is { } problem)
        {
            console.Error.WriteLine($"error: --calibration {Path.GetFileName(path)}: {problem}");
            return null;
        }

        return calibration;
    }

    private static int Mark(MarkOptions options, IEssaySource source, MarkScheme scheme, CalibrationModel? calibration, MarksLayout layout, ExistingMarks existing, CliConsole console, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        var peers = PeerCopyCommandStep.Run(() => OpenSource(options, out _), options.Threads, options.Quiet, console, cancellation);
        if (peers is null)
        {
            return ExitCodes.Interrupted;
        }

        var tally = existing.Tally;
        MarkPipelineOutcome outcome;
        using (var output = MarkOutput.Open(console.Out, options.Out, options.Details, append: existing.WholeLength > 0))
        {
            if (existing.WholeLength == 0)
            {
                output.WriteHeader(layout.HeaderCells());
            }

            using var progress = console.ErrorIsTerminal && !options.Quiet ? new MarkProgressDisplay(console.Error, source.Progress) : null;
            var pipeline = new MarkPipeline(new RowMarker(new EssayGrader(scheme), layout, options.Details is not null, calibration, peers), options.Threads);
            long written = 0;
            outcome = pipeline.RunAsync(
                Select(source.ReadRows(), options.Shard, existing),
                row =>
                {
                    output.Write(row);
                    tally.Add(row.Status, row.Band);
                    progress?.RowWritten();
                    console.RowWritten?.Invoke(++written);
                },
                cancellation).GetAwaiter().GetResult();
        }

        if (!options.Quiet)
        {
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var shard = options.Shard.Count > 1 ? $" (shard {options.Shard})" : "";
            var earlier = existing.Rows > 0 ? string.Create(CultureInfo.InvariantCulture, $" after the {existing.Rows:N0} already in {Path.GetFileName(options.Out)}") : "";
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Marked {outcome.RowsWritten:N0} rows{shard}{earlier} in {seconds:N1} s ({(seconds > 0 ? outcome.RowsWritten / seconds : 0):N1} rows/s)."));
            console.Error.WriteLine($"{tally.Rows:N0} rows: {tally.Describe(scheme.Rubric.Bands.Select(b => b.Name))}.");
        }

        if (outcome.ReadFailure is { } failure)
        {
            if (failure is not (InputMismatchException or InvalidDataException or IOException or UnauthorizedAccessException))
            {
                throw new InvalidOperationException("Reading the input failed unexpectedly.", failure);
            }

            console.Error.WriteLine($"error: reading {Path.GetFileName(options.Input)} failed after {outcome.RowsWritten:N0} rows: {failure.Message}");
            return ExitCodes.Failure;
        }

        if (outcome.Interrupted)
        {
            console.Error.WriteLine(options.Out is null
                ? "Interrupted. The rows written are whole; to be able to resume, write to a file with --out and use --resume."
                : $"Interrupted. {Path.GetFileName(options.Out)} holds whole rows only; run the same command with --resume to continue.");
            return ExitCodes.Interrupted;
        }

        return tally.Errors > 0 ? ExitCodes.RowErrors : ExitCodes.Success;
    }

    private static IEssaySource? OpenSource(MarkOptions options, out string problem) =>
        options.InputIsFolder
            ? FolderEssaySource.Open(options.Input, options.MaxTextLength, out problem)
            : CsvEssaySource.Open(options.Input, options.IdColumn, options.TextColumn, options.MaxTextLength, out problem);

    /// <summary>Reads what an earlier run left in --out (and --details), cutting a torn last row; null when it cannot be resumed.</summary>
    private static ExistingMarks? PrepareResume(MarkOptions options, MarksLayout layout, CliConsole console)
    {
        var path = options.Out!;
        if (!File.Exists(path))
        {
            if (!options.Quiet)
            {
                console.Error.WriteLine($"note: {Path.GetFileName(path)} does not exist yet, so marking starts from the first row.");
            }

            return ExistingMarks.None;
        }

        var existing = ExistingMarks.Read(path, layout, options.MaxTextLength, out var problem);
        if (existing is null)
        {
            console.Error.WriteLine($"error: {problem}");
            return null;
        }

        var length = new FileInfo(path).Length;
        if (length > existing.WholeLength)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(existing.WholeLength);
            if (!options.Quiet)
            {
                console.Error.WriteLine($"note: removed an incomplete last row from {Path.GetFileName(path)}; it will be marked again.");
            }
        }

        if (options.Details is { } details && !ExistingMarks.TrimDetails(details, existing.Rows))
        {
            console.Error.WriteLine($"error: {Path.GetFileName(details)} holds fewer rows than {Path.GetFileName(path)}, so the details cannot be resumed. Mark again without --resume, or resume without --details.");
            return null;
        }

        if (!options.Quiet && existing.Rows > 0)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Resuming {Path.GetFileName(path)}: {existing.Rows:N0} rows already marked, continuing after input row {existing.LastRow:N0}."));
        }

        return existing;
    }

    /// <summary>The rows this run marks: those in its shard and after the last row an earlier run wrote (checking it is the same input).</summary>
    private static IEnumerable<EssayRow> Select(IEnumerable<EssayRow> rows, ShardSelector shard, ExistingMarks existing)
    {
        long last = 0;
        foreach (var row in rows)
        {
            last = row.Row;
            if (!shard.Contains(row.Id))
            {
                continue;
            }

            if (row.Row <= existing.LastRow)
            {
                if (row.Row == existing.LastRow && !string.Equals(SpreadsheetFormula.Escape(row.Id), existing.LastId, StringComparison.Ordinal))
                {
                    throw new InputMismatchException(string.Create(CultureInfo.InvariantCulture, $"the output being resumed ends with row {row.Row} id '{existing.LastId}', but row {row.Row} of the input has id '{row.Id}': it was made from a different input. Mark into a new file, or without --resume."));
                }

                continue;
            }

            yield return row;
        }

        if (last < existing.LastRow)
        {
            throw new InputMismatchException(string.Create(CultureInfo.InvariantCulture, $"the output being resumed goes up to input row {existing.LastRow}, but the input has only {last} rows: it was made from a different input. Mark into a new file, or without --resume."));
        }
    }
}
