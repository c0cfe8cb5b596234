using System.Globalization;
using System.Text;
using Grader.Checks;
using Grader.Screening;
using Grader.Cli.Commands.Evaluation;
using Grader.Cli.Files;
using Grader.Cli.Marking;
using Grader.Text;

namespace Grader.Benchmarks.CopyDetection;

/// <summary>
/// <c>copy-detection [--asap &lt;folder&gt;] [--thesaurus &lt;file&gt;] [--honest &lt;folder&gt;] [--references N]</c>: measures
/// copy detection against a model essay. False alarms: honest essays on the same question (the bundled scripts and
/// test essays, any extra folder of honest essays, and for each ASAP prompt its other essays, against one of its
/// essays taken as the model essay). Detection: the model essay disguised each way in <see cref="CopyAttack.All"/>.
/// ASAP prompts are split into tuning (odd) and held-out (even) sets, reported apart.
/// </summary>
internal static class CopyDetectionCommand
{
    public const string Usage = "copy-detection [--asap <ASAP-AES folder>] [--thesaurus <MyThes .dat file>] [--honest <folder of .txt>] [--references N] [--sweep] [--variants <folder of family folders>]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? asap = null;
        string? honestFolder = null;
        var thesaurusPath = Thesaurus.DebianPath;
        var references = 5;
        var sweep = false;
        string? variants = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--sweep": sweep = true; i--; break;
                case "--asap": asap = Path.GetFullPath(args[i + 1]); break;
                case "--thesaurus": thesaurusPath = args[i + 1]; break;
                case "--honest": honestFolder = Path.GetFullPath(args[i + 1]); break;
                case "--variants": variants = Path.GetFullPath(args[i + 1]); break;
                case "--references": references = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default:
                    error.WriteLine($"error: unknown option '{args[i]}'.\nusage: {Usage}");
                    return 2;
            }
        }

        var thesaurus = Thesaurus.Load(thesaurusPath);
        output.WriteLine(thesaurus is null
            ? $"no thesaurus at {thesaurusPath}: synonym swaps use only the fallback words (install Debian's mythes-en-us)"
            : $"thesaurus: {thesaurus.Count:N0} words from {thesaurusPath}");
        var attacks = CopyAttack.All(new Paraphraser(thesaurus));
        var scheme = MarkScheme.Load(BenchmarkData.Rubric).GetValueOrThrow();
        var analyzer = scheme.Analyzer;
        var groups = new List<(string Group, List<Trial> Trials)>();

        var bundledHonest = BundledHonest();
        if (honestFolder is not null)
        {
            bundledHonest.AddRange(Directory.EnumerateFiles(honestFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        }

        groups.Add(("bundled question (seed model essay)", [new Trial(File.ReadAllText(BenchmarkData.Seed), scheme.Rubric.Question, bundledHonest)]));
        if (asap is not null)
        {
            var essays = File.ReadLines(Path.Combine(asap, AsapDataset.EssaysFile), Encoding.Latin1).Skip(1).Select(AsapDataset.ParseLine).OfType<AsapEssay>().ToList();
            foreach (var tuning in new[] { true, false })
            {
                var trials = new List<Trial>();
                foreach (var prompt in AsapPrompt.All.Where(p => p.Set % 2 == 1 == tuning))
                {
                    var ofPrompt = essays.Where(e => e.Prompt == prompt.Set).ToList();
                    foreach (var model in ofPrompt.OrderByDescending(e => e.Score).ThenBy(e => e.Id).Take(references))
                    {
                        trials.Add(new Trial(model.Text, prompt.Description, ofPrompt.Where(e => e.Id != model.Id).Select(e => e.Text).ToList(), prompt.Set));
                    }
                }

                groups.Add((tuning ? "ASAP prompts 1, 3, 5, 7 (tuning)" : "ASAP prompts 2, 4, 6, 8 (held out)", trials));
            }
        }

        if (variants is not null)
        {
            ReportVariants(variants, scheme, output);
        }

        if (sweep)
        {
            var tuning = groups.FirstOrDefault(g => g.Group.Contains("tuning", StringComparison.Ordinal));
            if (tuning.Trials is null)
            {
                error.WriteLine("error: --sweep needs --asap: it varies the thresholds on the tuning prompts.");
                return 2;
            }

            ThresholdSweep.Run(tuning.Trials.Select(t => (t.Model, t.Question, (IReadOnlyList<string>)t.Honest, t.Prompt)).ToList(), attacks, analyzer, output);
            return 0;
        }

        foreach (var (group, trials) in groups)
        {
            Report(group, trials, attacks, analyzer, output);
        }

        return 0;
    }

    private static void Report(string group, List<Trial> trials, IReadOnlyList<CopyAttack> attacks, EssayAnalyzer analyzer, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"== {group}: {trials.Count} model essays, {trials.Sum(t => t.Honest.Count):N0} honest essays compared with them");
        var honestShares = new List<(double Share, int Prompt)>();
        var honestSentences = 0;
        var copiedHonestSentences = 0;
        var detected = new int[attacks.Count];
        var attackShares = attacks.Select(_ => new List<double>()).ToArray();
        foreach (var trial in trials)
        {
            var reference = CopyReference.Build(analyzer, [("the model essay", trial.Model)], [trial.Question]);
            foreach (var honest in trial.Honest)
            {
                var document = analyzer.Analyze(honest);
                var findings = CopyFinder.Find(document, reference);
                honestShares.Add((findings.Share, trial.Prompt));
                if (Environment.GetEnvironmentVariable("COPY_DEBUG") is { } debug && findings.Share >= double.Parse(debug, CultureInfo.InvariantCulture) && (Environment.GetEnvironmentVariable("COPY_PROMPTS") ?? "1278").Contains((char)(48 + trial.Prompt)))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- prompt {trial.Prompt} share {findings.Share:P0}"));
                    foreach (var copy in findings.Sentences)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {copy.Similarity:0.00} E: {document.Quote(copy.Span)}\n        R: {copy.SourceSentence}"));
                    }
                }
                honestSentences += document.Paragraphs.Sum(p => p.SentenceCount);
                copiedHonestSentences += findings.Sentences.Count;
            }

            var modelDocument = analyzer.Analyze(trial.Model);
            var prose = string.Join("\n\n", modelDocument.Paragraphs.Select(p => modelDocument.Quote(p.Span)));
            for (var a = 0; a < attacks.Count; a++)
            {
                var share = CopyFinder.Find(analyzer.Analyze(attacks[a].Apply(prose)), reference).Share;
                attackShares[a].Add(share);
                detected[a] += share >= CopyScreen.FlagAt ? 1 : 0;
            }
        }

        var flagged = honestShares.Count(s => s.Share >= CopyScreen.FlagAt);
        var sorted = honestShares.Select(s => s.Share).Order().ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"honest essays flagged (copied share >= {CopyScreen.FlagAt:P0}): {flagged} of {honestShares.Count:N0} = {(double)flagged / honestShares.Count:P2}; share at the 99th percentile {Percentile(sorted, 0.99):P1}, 99.9th {Percentile(sorted, 0.999):P1}, max {sorted[^1]:P1}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"honest sentences marked copied: {copiedHonestSentences:N0} of {honestSentences:N0} = {(double)copiedHonestSentences / Math.Max(1, honestSentences):P2}"));
        foreach (var prompt in honestShares.Where(s => s.Prompt > 0).GroupBy(s => s.Prompt).OrderBy(g => g.Key))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  prompt {prompt.Key}: {prompt.Count(s => s.Share >= CopyScreen.FlagAt)} of {prompt.Count():N0} flagged, max share {prompt.Max(s => s.Share):P1}"));
        }

        output.WriteLine("disguised copies of the model essay: detected, and copied share (min / median)");
        for (var a = 0; a < attacks.Count; a++)
        {
            var shares = attackShares[a].Order().ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {attacks[a].Name,-44} {detected[a],3} of {trials.Count,-3} ({(double)detected[a] / trials.Count,7:P1})   {shares[0],6:P0} / {Percentile(shares, 0.5),6:P0}"));
        }
    }

    /// <summary>
    /// Gaming variants written to files (one folder per family, the source in each file name, as the gaming suite
    /// writes them): those made from the model essay should be flagged, the others (made from scripts and honest essays)
    /// not.
    /// </summary>
    private static void ReportVariants(string folder, MarkScheme scheme, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"== gaming variants in {folder}: flagged as copies of the model essay");
        foreach (var family in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var fromModel = (Flagged: 0, Count: 0);
            var fromOthers = (Flagged: 0, Count: 0);
            var shares = new List<string>();
            foreach (var file in Directory.EnumerateFiles(family, "*.txt").Order(StringComparer.Ordinal))
            {
                var share = CopyFinder.Find(scheme.Analyzer.Analyze(File.ReadAllText(file)), scheme.Resources.CopyReference).Share;
                var flagged = share >= CopyScreen.FlagAt ? 1 : 0;
                if (Path.GetFileName(file).Contains("model-essay", StringComparison.Ordinal))
                {
                    fromModel = (fromModel.Flagged + flagged, fromModel.Count + 1);
                    shares.Add(share.ToString("P0", CultureInfo.InvariantCulture));
                }
                else
                {
                    fromOthers = (fromOthers.Flagged + flagged, fromOthers.Count + 1);
                }
            }

            output.WriteLine($"  {Path.GetFileName(family),-24} from the model essay: {fromModel.Flagged} of {fromModel.Count} flagged ({string.Join(", ", shares)}); from other texts: {fromOthers.Flagged} of {fromOthers.Count} flagged");
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    /// <summary>The honest answers to the bundled question: its 12 sample scripts and the English test essays (not the model essay's own copies).</summary>
    private static List<string> BundledHonest()
    {
        var honest = new List<string>();
        var scripts = Path.Combine(BenchmarkData.Root, "data", "soviet-union-prc", "scripts.csv");
        var input = new InputSource("scripts.csv", scripts, () => File.OpenRead(scripts));
        using (var source = CsvEssaySource.Open(input, "id", "text", MarkOptions.DefaultMaxTextLength, null, null, out var problem)
            ?? throw new InvalidOperationException(problem))
        {
            honest.AddRange(source.ReadRows().Select(r => r.Text));
        }

        var essays = Path.Combine(BenchmarkData.Root, "tests", "Grader.Tests", "Essays");
        foreach (var name in new[] { "strong-agree", "strong-disagree", "balanced-mid", "weak-general", "narrative", "factual-errors", "with-plan", "judgement-only-body", "short", "off-topic", "off-topic-science" })
        {
            honest.Add(File.ReadAllText(Path.Combine(essays, name + ".txt")));
        }

        return honest;
    }

    private sealed record Trial(string Model, string Question, List<string> Honest, int Prompt = 0);
}
