using System.CommandLine;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;
using Grader.Cli.Files;
using Grader.Cli.NativeBuild;
using Grader.Drafting;
using Grader.Loading;
using Grader.Text;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader init --question "…" --model-essay &lt;file&gt; [--descriptors &lt;file&gt;] [--template &lt;name&gt;] --out &lt;folder&gt;</c>:
/// drafts a complete question folder from a model essay (rubric, answer key, model essay, similarity model and
/// DRAFT-NOTES.md saying where every drafted item came from), loads it as marking would, and refuses to overwrite a
/// folder that holds files unless --force.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var question = new Option<string>("--question") { Description = "The question, as set (in quotes).", HelpName = "text", Required = true };
        var modelEssay = new Option<string>("--model-essay") { Description = "The model essay: a plain text file, paragraphs separated by blank lines (a title and the question above them are fine).", HelpName = "file", Required = true };
        var descriptors = CliOptions.Path("--descriptors", "Level descriptors, one line per level: 'Level 5 (25-30): …'. Their levels become the bands, and a heading such as '(30 marks: content 25, structure 5)' sets the marks.", "file");
        var template = CliOptions.Template("Where the criteria and levels come from: " + string.Join("; ", SchemeTemplates.All.Select(t => $"{t.Name} ({t.Description})")) + ". Default: descriptors when --descriptors is given, else general-essay.");
        var output = new Option<string>("--out") { Description = "The question folder to create (it must be new or empty, unless --force).", HelpName = "folder", Required = true };
        var id = new Option<string?>("--id") { Description = "The rubric's id (default: the folder's name).", HelpName = "id" };
        var title = new Option<string?>("--title") { Description = "The rubric's title (default: the model essay's title line, else the question).", HelpName = "text" };
        var force = new Option<bool>("--force") { Description = "Write into a folder that already holds files, replacing the drafted files (rubric.json, answer-key.json, model-essay.txt, similarity.model, DRAFT-NOTES.md) and leaving any others." };
        var seed = CliOptions.Seed("training the similarity model");
        var command = new Command("init", "Draft a question folder (rubric, answer key, similarity model) from a question and its model essay, with notes saying where each item came from.")
        {
            question, modelEssay, descriptors, template, output, id, title, force, seed,
        };
        command.SetAction(result => RuntimeFeature.IsDynamicCodeSupported ? Run(console, new InitArguments(
            result.GetValue(question)!,
            result.GetValue(modelEssay)!,
            result.GetValue(descriptors),
            result.GetValue(template),
            console.Resolve(result.GetValue(output)!),
            result.GetValue(id),
            result.GetValue(title),
            result.GetValue(force),
            result.GetValue(seed))) : ManagedHandoff.HandedOn());
        return command;
    }

    private static int Run(CliConsole console, InitArguments arguments)
    {
        var stopwatch = Stopwatch.StartNew();
        if (string.IsNullOrWhiteSpace(arguments.Question))
        {
            console.Error.WriteLine("error: --question is empty: give the question as set, in quotes.");
            return ExitCodes.Usage;
        }

        if (File.Exists(arguments.Output))
        {
            console.Error.WriteLine($"error: --out {arguments.Output} is a file: give the folder the question should be drafted into.");
            return ExitCodes.Failure;
        }

        if (Directory.Exists(arguments.Output) && Directory.EnumerateFileSystemEntries(arguments.Output).Any() && !arguments.Force)
        {
            console.Error.WriteLine($"error: {arguments.Output} already exists and holds files, so nothing was written. Choose a new folder with --out, or replace the drafted files in it with --force.");
            return ExitCodes.Failure;
        }

        var essayInput = InputSource.For(arguments.ModelEssay, console);
        if (!ReadText(essayInput, "the model essay", out var essay, out var problem))
        {
            console.Error.WriteLine($"error: {problem}");
            return ExitCodes.Failure;
        }

        var problems = new List<LoadProblem>();
        LevelDescriptors? descriptors = null;
        if (arguments.Descriptors is { } descriptorsPath)
        {
            var input = InputSource.For(descriptorsPath, console);
            if (!ReadText(input, "the descriptors file", out var descriptorsText, out problem))
            {
                console.Error.WriteLine($"error: {problem}");
                return ExitCodes.Failure;
            }

            descriptors = LevelDescriptors.Read(new DraftSource(input.Path ?? input.Name, descriptorsText), problems);
            if (descriptors is null)
            {
                return Report(console, "the level descriptors could not be read", problems);
            }
        }

        var template = arguments.Template ?? (descriptors is null ? SchemeTemplate.GeneralEssay : SchemeTemplate.Descriptors);
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(arguments.Output));
        var request = new DraftRequest(
            arguments.Id ?? DraftIds.Slug(folderName, 8),
            arguments.Title ?? TitleOf(essay) ?? arguments.Question.Trim(),
            arguments.Question,
            [new DraftSource(QuestionDrafter.ModelEssayFile, essay)],
            template,
            descriptors);
        var draft = QuestionDrafter.Draft(request, problems);
        if (draft is null)
        {
            var located = problems.Select(p => p.File == QuestionDrafter.ModelEssayFile ? p with { File = essayInput.Path ?? essayInput.Name } : p).ToList();
            return Report(console, "nothing was drafted", located);
        }

        LoadResult<MarkScheme> loaded;
        try
        {
            loaded = QuestionFolderWriter.Write(draft, arguments.Output, SchemeTemplates.NameOf(template), descriptors?.File is { } file ? Path.GetFileName(file) : null, arguments.Seed);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {FileProblem.CannotWrite("the question folder", arguments.Output, exception)}");
            return ExitCodes.Failure;
        }

        if (loaded.Value is not { } scheme)
        {
            return Report(console, $"the drafted folder {arguments.Output} does not load (a fault in the drafting: please report it)", loaded.Problems);
        }

        var key = draft.AnswerKey;
        console.Out.WriteLine($"Drafted {arguments.Output} in {stopwatch.ElapsedMilliseconds} ms with the {SchemeTemplates.NameOf(template)} template: {scheme.Rubric.Criteria.Count} criteria out of {scheme.Rubric.MaxMark}, {key.KeyPoints.Count} key points, {key.Timeline.Count} timeline events, {key.Gazetteer.Count} names, {key.AlternativeFactors.Count} other factors; similarity model: {scheme.DescribeSimilarityModel()}.");
        console.Out.WriteLine($"Review {Path.Combine(arguments.Output, QuestionDrafter.NotesFile)} (where every item came from), edit rubric.json and answer-key.json, then run 'grader train --rubric {Path.Combine(arguments.Output, QuestionDrafter.RubricFile)} --force'.");
        return ExitCodes.Success;
    }

    private static bool ReadText(InputSource input, string role, out string text, out string problem) =>
        EssayFile.TryRead(input, null, (int)(LoadLimits.TextBytes / 4), out text, out _, out problem, role);

    /// <summary>The model essay's title: its first block, when that is a heading.</summary>
    private static string? TitleOf(string essay)
    {
        var first = BlockSplitter.Split(essay).FirstOrDefault();
        return first is { Kind: BlockKind.Heading } ? ModelEssayReading.OneLine(essay.Substring(first.Span.Start, first.Span.Length)) : null;
    }

    private static int Report(CliConsole console, string what, IReadOnlyList<LoadProblem> problems)
    {
        console.Error.WriteLine($"error: {what} ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):");
        foreach (var problem in problems)
        {
            console.Error.WriteLine($"  {problem}");
        }

        return ExitCodes.Failure;
    }
}
