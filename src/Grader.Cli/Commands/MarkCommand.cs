using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Grader.Batch;
using Grader.Calibration;
using Grader.Text;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;
using Grader.Cli.Csv;
using Grader.Cli.Files;
using Grader.Cli.Marking;
using Grader.Loading;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader mark &lt;essays.csv | folder&gt; …</c>: marks every essay of a CSV file or folder on all cores and writes one
/// CSV row per input row, in input order (standard output gets the CSV and nothing else; messages go to standard error).
/// </summary>
internal static class MarkCommand
{
    public static Command Create(CliConsole console, StopSignal stop)
    {
        var input = new Argument<string>("input") { Description = "The essays: a CSV file with a header line (id and text columns; other columns are copied to the output), a folder of .txt files, or - for a CSV file on standard input." };
        var rubric = CliOptions.Rubric();
        var output = CliOptions.Path("--out", "Write the marks CSV here (replaced, unless --resume) instead of standard output.", "marks.csv");
        var details = CliOptions.Path("--details", "Also write each row's full explanation here, one JSON object per line.", "details.jsonl");
        var calibration = CliOptions.Path("--calibration", "Apply a calibration saved by 'grader calibrate --save': total and band follow it, engine_total keeps the rubric's.", "calibration file");
        var threads = CliOptions.WholeNumber("--threads", "Marking threads, 1 to 256 (default: one per core).", 1, 256, Environment.ProcessorCount);
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run into the same --out (and --details) file." };
        var shard = new Option<ShardSelector>("--shard")
        {
            Description = "Mark only shard k of N (1-based), by a stable hash of the id; join the shards with 'grader merge'.",
            HelpName = "k/N",
            DefaultValueFactory = _ => ShardSelector.All,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                var parsed = ShardSelector.Parse(text, out var problem);
                if (parsed is null)
                {
                    result.AddError(problem);
                }

                return parsed ?? ShardSelector.All;
            },
        };
        var idColumn = CliOptions.IdColumn();
        var textColumn = CliOptions.TextColumn();
        var maxTextLength = CliOptions.WholeNumber("--max-text-length", "The longest essay accepted, in characters; longer ones become error rows.", 1, 100_000_000, MarkOptions.DefaultMaxTextLength);
        var encoding = CliOptions.Encoding();
        var delimiter = CliOptions.Delimiter();
        var quiet = new Option<bool>("--quiet") { Description = "No progress, notes or summary on standard error (errors are still reported)." };
        var command = new Command("mark", "Mark every essay of a CSV file or folder on all cores and write one marks row per input row, in input order.")
        {
            input, rubric, output, details, calibration, threads, resume, shard, idColumn, textColumn, encoding, delimiter, maxTextLength, quiet,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(resume) && result.GetValue(output) is null)
            {
                result.AddError("--resume needs --out <marks.csv>: it continues the file an interrupted run was writing.");
            }

            if (result.GetResult(shard)?.Tokens is [{ } shardToken] && ShardSelector.Parse(shardToken.Value, out _) is { Count: > 1 } && result.GetValue(output) is null)
            {
                result.AddError("--shard needs --out <marks.csv>: what the shard covers is recorded beside it, for 'grader merge'.");
            }
        });
        command.SetAction(result =>
        {
            var inputArgument = result.GetValue(input)!;
            var inputPath = inputArgument == InputSource.StandardInputArgument ? inputArgument : console.Resolve(inputArgument);
            var options = new MarkOptions(
                inputPath,
                Directory.Exists(inputPath),
                result.GetValue(rubric),
                result.GetValue(output) is { } o ? console.Resolve(o) : null,
                result.GetValue(details) is { } d ? console.Resolve(d) : null,
                result.GetValue(threads),
                result.GetValue(resume),
                result.GetValue(shard)!,
                result.GetValue(quiet),
                result.GetValue(idColumn)!,
                result.GetValue(textColumn)!,
                result.GetValue(maxTextLength),
                result.GetValue(calibration) is { } c ? console.Resolve(c) : null,
                result.GetValue(encoding),
                result.GetValue(delimiter));
            return Run(options, console, stop);
        });
        return command;
    }

    private static int Run(MarkOptions options, CliConsole console, StopSignal stop)
    {
        // Standard input can be read only once, so its question is loaded before any of it is read (the native build
        // may hand the whole command on when it loads the question). A file's question loads while its scripts are
        // already being compared with each other, which needs no question.
        var fromStandardInput = options.Input == InputSource.StandardInputArgument;
        var scheme = fromStandardInput ? SchemeLoader.Load(console, options.Rubric) : null;
        if (fromStandardInput && scheme is null)
        {
            return ExitCodes.Failure;
        }

        using var source = OpenSource(options, console, out var sourceProblem);
        if (source is null)
        {
            console.Error.WriteLine($"error: {sourceProblem}");
            return ExitCodes.Failure;
        }

        // Scripts read from standard input cannot be read twice, so they are not compared with each other.
        using var peerStep = fromStandardInput
            ? null
            : PeerCopyCommandStep.Start(() => OpenSource(options, console, out _), options.Threads, stop.Token);
        scheme ??= SchemeLoader.Load(console, options.Rubric);
        if (scheme is null)
        {
            return ExitCodes.Failure;
        }

        foreach (var note in options.Quiet ? [] : source.OpeningNotes)
        {
            console.Error.WriteLine($"note: {note}");
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

        if (OutputGuard.Problem(Inputs(source, scheme, options), Outputs(options)) is { } clash)
        {
            console.Error.WriteLine($"error: {clash}");
            return ExitCodes.Usage;
        }

        if (options.Out is { } outPath)
        {
            // A shard's coverage record vouches for a finished file: it goes as soon as the file may change.
            File.Delete(ShardCoverage.PathFor(outPath));
        }

        var layout = new MarksLayout(scheme.Rubric.Criteria.Select(c => c.Id).ToArray(), source.PassThroughColumns, calibrated: calibration is not null);
        var existing = options.Resume ? PrepareResume(options, layout, console) : ExistingMarks.None;
        if (existing is null)
        {
            return ExitCodes.Failure;
        }

        return Mark(options, source, peerStep, scheme, calibration, layout, existing, console, stop);
    }

    /// <summary>Every file the run reads: the input's, the mark scheme's and the calibration.</summary>
    private static IEnumerable<NamedFile> Inputs(IEssaySource source, MarkScheme scheme, MarkOptions options)
    {
        foreach (var file in source.Files)
        {
            yield return new NamedFile(options.InputIsFolder ? $"the essay file {Path.GetFileName(file)}" : "the input", file);
        }

        var files = scheme.Rubric.Files;
        yield return new NamedFile("the rubric", files.RubricPath);
        yield return new NamedFile("the similarity model", files.SimilarityModel);
        foreach (var (role, path) in new[] { ("the answer key", files.AnswerKey), ("the model essay", files.ModelEssay), ("the calibration", options.Calibration) })
        {
            if (path is not null)
            {
                yield return new NamedFile(role, path);
            }
        }

        foreach (var exemplar in files.Exemplars)
        {
            yield return new NamedFile("an exemplar", exemplar);
        }
    }

    private static List<NamedFile> Outputs(MarkOptions options)
    {
        var outputs = new List<NamedFile>();
        if (options.Out is { } outPath)
        {
            outputs.Add(new NamedFile("--out", outPath));
            outputs.Add(new NamedFile("the shard record of --out", ShardCoverage.PathFor(outPath)));
        }

        if (options.Details is { } details)
        {
            outputs.Add(new NamedFile("--details", details));
        }

        return outputs;
    }

    /// <summary>Reads the calibration file and checks it was trained for this rubric; null (and a message) when it cannot be used.</summary>
    private static CalibrationModel? LoadCalibration(string path, MarkScheme scheme, CliConsole console)
    {
        CalibrationModel calibration;
        try
        {
            using var stream = new MemoryStream(LimitedFile.ReadAllBytes(path, LoadLimits.CalibrationBytes)
                ?? throw new InvalidDataException($"the file is larger than {LimitedFile.Describe(LoadLimits.CalibrationBytes)}, so it is no calibration. Check the path."));
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

    private static int Mark(MarkOptions options, IEssaySource source, PeerCopyCommandStep? peerStep, MarkScheme scheme, CalibrationModel? calibration, MarksLayout layout, ExistingMarks existing, CliConsole console, StopSignal stop)
    {
        var stopwatch = Stopwatch.StartNew();
        PeerCopies? peers = PeerCopies.None;
        if (peerStep is null)
        {
            if (!options.Quiet)
            {
                console.Error.WriteLine("note: scripts read from standard input are not compared with each other (copied-peer): that needs a second reading, which standard input cannot give. Name the file instead to find copies between scripts.");
            }
        }
        else
        {
            peers = peerStep.Finish(options.Quiet, console);
            if (peers is null)
            {
                return stop.ExitCode;
            }
        }

        var tally = existing.Tally;
        var selection = new RowSelection(options.Shard, existing);
        MarkPipelineOutcome outcome;
        long written = 0;
        try
        {
            using var output = MarkOutput.Open(console.Out, options.Out, options.Details, append: existing.WholeLength > 0);
            if (existing.WholeLength == 0)
            {
                output.WriteHeader(layout.HeaderCells());
            }

            using var progress = console.ErrorIsTerminal && !options.Quiet ? new MarkProgressDisplay(console.Error, source.Progress) : null;
            var pipeline = new MarkPipeline(new RowMarker(new EssayGrader(scheme), layout, options.Details is not null, calibration, peers), options.Threads);
            outcome = pipeline.RunAsync(
                selection.Apply(source.ReadRows()),
                row =>
                {
                    output.Write(row);
                    tally.Add(row.Status, row.Band);
                    progress?.RowWritten();
                    console.RowWritten?.Invoke(++written);
                },
                stop.Token).GetAwaiter().GetResult();
            output.Flush();
        }
        catch (BrokenPipeException)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: standard output was closed by the program reading it (broken pipe) after {written:N0} rows, so the rest were not written. To keep every row, write to a file with --out."));
            return ExitCodes.BrokenPipe;
        }
        catch (FileProblemException exception)
        {
            console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var target = options.Out ?? options.Details ?? "standard output";
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: writing failed after {written:N0} rows: {FileProblem.CannotWrite("the marks", target, exception)} The rows written are whole: run the same command with --resume to continue."));
            return ExitCodes.Failure;
        }

        foreach (var note in options.Quiet ? [] : source.ReadingNotes())
        {
            console.Error.WriteLine($"note: {note}");
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

            console.Error.WriteLine(failure is InputMismatchException
                ? $"error: {Path.GetFileName(options.Out)} cannot be resumed: {failure.Message}"
                : $"error: reading {Path.GetFileName(options.Input)} failed after {outcome.RowsWritten:N0} rows: {failure.Message}");
            return ExitCodes.Failure;
        }

        if (outcome.Interrupted)
        {
            console.Error.WriteLine(options.Out is null
                ? $"{stop.Cause}. The rows written are whole; to be able to resume, write to a file with --out and use --resume."
                : $"{stop.Cause}. {Path.GetFileName(options.Out)} holds whole rows only; run the same command with --resume to continue.");
            return stop.ExitCode;
        }

        if (options.Shard.Count > 1 && options.Out is { } outPath)
        {
            new ShardCoverage(options.Shard, selection.InputRows, source.Fingerprint(), RunFingerprint.Of(scheme, options), tally.Rows, new FileInfo(outPath).Length).Save(outPath);
        }

        return tally.Errors > 0 ? ExitCodes.RowErrors : ExitCodes.Success;
    }

    private static IEssaySource? OpenSource(MarkOptions options, CliConsole console, out string problem) =>
        options.InputIsFolder
            ? FolderEssaySource.Open(options.Input, options.MaxTextLength, options.Encoding, out problem)
            : CsvEssaySource.Open(InputSource.For(options.Input, console), options.IdColumn, options.TextColumn, options.MaxTextLength, options.Encoding, options.Delimiter, out problem);

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
}
