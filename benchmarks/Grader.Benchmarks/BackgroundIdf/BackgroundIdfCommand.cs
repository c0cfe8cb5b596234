using System.Globalization;
using Grader.Calibration;
using Grader.Cli.Commands.Evaluation;
using Grader.Similarity;

namespace Grader.Benchmarks.BackgroundIdf;

/// <summary>
/// <c>background-idf [--table &lt;file&gt;] [--questions &lt;folder,folder…&gt;] [--asap &lt;folder&gt;]</c>: measures whether a
/// background document-frequency table helps the TF-IDF cosine to a reference text, without wiring it into the engine.
/// For each question folder: Pearson and Spearman of each script's cosine to the model essay with the intended marks.
/// For ASAP-AES (read from the folder given, never copied): per prompt, the mean over the folds of the Pearson r of
/// the cosine to the best-marked training essay, and to the centroid of the 5 best, with the human score of the test
/// essays. Each under every <see cref="IdfScheme"/>. The table defaults to the one shipped in the assembly.
/// </summary>
internal static class BackgroundIdfCommand
{
    public const string Usage = "background-idf [--table <file>] [--questions <folder,folder...>] [--asap <ASAP-AES folder>]";

    private static readonly IdfScheme[] Schemes = Enum.GetValues<IdfScheme>();

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = CommandOptions.Parse(args, ["--table", "--questions", "--asap"], out var problem);
        if (options is null || options.Count == 0)
        {
            error.WriteLine($"error: {(problem.Length > 0 ? problem : "give --questions or --asap")}");
            error.WriteLine($"usage: {Usage}");
            return 2;
        }

        BackgroundDocumentFrequencies table;
        if (options.TryGetValue("--table", out var tablePath))
        {
            using var stream = File.OpenRead(tablePath);
            table = BackgroundDocumentFrequencyFile.Read(stream);
        }
        else
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            table = BackgroundDocumentFrequencies.English;
            var elapsed = clock.Elapsed;
            var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shipped table: first use {elapsed.TotalMilliseconds:F0} ms (cold, JIT included), {retained / 1e6:F1} MB of managed memory retained"));
        }

        output.WriteLine($"background: {table.DocumentCount:N0} documents ({tablePath ?? "shipped table"})");
        output.WriteLine("schemes: " + string.Join(" | ", Schemes));
        if (options.TryGetValue("--questions", out var questions))
        {
            foreach (var folder in questions.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                ReportQuestion(QuestionSample.Read(folder), table, output);
            }
        }

        if (options.TryGetValue("--asap", out var asap))
        {
            var dataset = AsapDataset.Read(asap, out var asapProblem);
            if (dataset is null)
            {
                error.WriteLine($"error: {asapProblem}");
                return 2;
            }

            ReportAsap(dataset, table, output);
        }

        return 0;
    }

    private static void ReportQuestion(QuestionSample question, BackgroundDocumentFrequencies table, TextWriter output)
    {
        var space = new TermSpace(table);
        var paragraphs = question.ModelEssayParagraphs.Select(space.Count).ToArray();
        var sentences = question.ModelEssayParagraphs.SelectMany(Sentences).Select(space.Count).ToArray();
        Dictionary<int, int>[] whole = [space.Count(string.Join("\n\n", question.ModelEssayParagraphs))];
        var scripts = question.Scripts.Select(space.Count).ToArray();
        output.WriteLine($"{question.Name}: {scripts.Length} scripts, model essay of {paragraphs.Length} paragraphs, {sentences.Length} sentences");
        var length = question.Scripts.Select(LogWordCount).ToArray();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {"(log word count, for scale)",-34} Pearson {AgreementStatistics.Pearson(length, question.Marks),6:F3}  Spearman {AgreementStatistics.Spearman(length, question.Marks),6:F3}"));
        foreach (var scheme in Schemes)
        {
            var cosines = CosineScorer.Score(space, whole, scheme is IdfScheme.ReferenceSentences or IdfScheme.ReferenceSentencesTimesBackground ? sentences : paragraphs, scripts, scheme);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {scheme,-34} Pearson {AgreementStatistics.Pearson(cosines, question.Marks),6:F3}  Spearman {AgreementStatistics.Spearman(cosines, question.Marks),6:F3}  cosines {cosines.Min():F3}..{cosines.Max():F3}"));
        }
    }

    private static void ReportAsap(AsapDataset dataset, BackgroundDocumentFrequencies table, TextWriter output)
    {
        var prompts = dataset.Essays.Values.Select(e => e.Prompt).Distinct().Order().ToArray();
        foreach (var (label, best) in new[] { ("best-marked essay", 1), ("centroid of the 5 best", 5) })
        {
            output.WriteLine($"ASAP: Pearson r of the cosine to the {label} with the human score (mean over {dataset.Folds.Count} folds)");
            output.WriteLine($"  {"scheme",-34} " + string.Join(" ", prompts.Select(p => $"P{p}".PadLeft(6))) + "   mean");
            var rows = Schemes.ToDictionary(s => s, _ => new List<double>());
            var lengthRow = new List<double>();
            foreach (var prompt in prompts)
            {
                var perScheme = Schemes.ToDictionary(s => s, _ => new List<double>());
                var perFoldLength = new List<double>();
                foreach (var fold in dataset.Folds)
                {
                    var space = new TermSpace(table);
                    var train = fold.TrainIds.Select(id => dataset.Essays.GetValueOrDefault(id)).Where(e => e?.Prompt == prompt).ToArray();
                    var test = fold.TestIds.Select(id => dataset.Essays.GetValueOrDefault(id)).Where(e => e?.Prompt == prompt).ToArray();
                    var references = train.OrderByDescending(e => e!.Score).ThenBy(e => e!.Id).Take(best).Select(e => e!.Text).ToArray();
                    var targets = references.Select(space.Count).ToArray();
                    var sentences = references.SelectMany(Sentences).Select(space.Count).ToArray();
                    var scripts = test.Select(e => space.Count(e!.Text)).ToArray();
                    var scores = test.Select(e => (double)e!.Score).ToArray();
                    perFoldLength.Add(AgreementStatistics.Pearson(test.Select(e => LogWordCount(e!.Text)).ToArray(), scores));
                    foreach (var scheme in Schemes)
                    {
                        var cosines = CosineScorer.Score(space, targets, scheme is IdfScheme.ReferenceSentences or IdfScheme.ReferenceSentencesTimesBackground ? sentences : targets, scripts, scheme);
                        perScheme[scheme].Add(AgreementStatistics.Pearson(cosines, scores));
                    }
                }

                foreach (var scheme in Schemes)
                {
                    rows[scheme].Add(perScheme[scheme].Average());
                }

                lengthRow.Add(perFoldLength.Average());
            }

            var lengthCells = string.Join(" ", lengthRow.Select(r => r.ToString("F3", CultureInfo.InvariantCulture).PadLeft(6)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"(log word count, for scale)",-34} {lengthCells}  {lengthRow.Average(),6:F3}"));
            foreach (var scheme in Schemes)
            {
                var cells = string.Join(" ", rows[scheme].Select(r => r.ToString("F3", CultureInfo.InvariantCulture).PadLeft(6)));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {scheme,-34} {cells}  {rows[scheme].Average(),6:F3}"));
            }
        }
    }

    /// <summary>The sentences of a text, split after '.', '!' or '?' followed by white space (enough for IDF counts).</summary>
    private static string[] Sentences(string text) =>
        [.. System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.!?])\s+").Where(s => s.Length > 0)];

    private static double LogWordCount(string text) => Math.Log(1 + text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
}
