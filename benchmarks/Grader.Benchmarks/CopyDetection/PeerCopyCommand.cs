using System.Diagnostics;
using System.Globalization;
using System.Text;
using Grader.Batch;
using Grader.Cli.Commands.Evaluation;
using Grader.Text;

namespace Grader.Benchmarks.CopyDetection;

/// <summary>
/// <c>peer-copies --asap &lt;folder&gt; [--show N]</c>: measures batch copy detection (<see cref="PeerCopyIndex"/>) on the
/// ASAP-AES essays: the near-duplicate groups it finds among the real essays (N of them printed, for looking at, never
/// to keep), how the signature agreement of pairs of different essays of one prompt is spread, and how many lightly
/// edited copies of 500 essays (words changed, sentences reordered, part copied) are found, with the time the
/// signatures take.
/// </summary>
internal static class PeerCopyCommand
{
    public const string Usage = "peer-copies --asap <ASAP-AES folder> [--show N]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var asap = args.Length >= 2 && args[0] == "--asap" ? Path.GetFullPath(args[1]) : null;
        var show = args.Length >= 4 && args[2] == "--show" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
        if (asap is null)
        {
            error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var essays = File.ReadLines(Path.Combine(asap, AsapDataset.EssaysFile), Encoding.Latin1).Skip(1).Select(AsapDataset.ParseLine).OfType<AsapEssay>().ToList();
        var terms = new TermSequence();
        var signatures = new ushort[essays.Count][];
        var shingles = new int[essays.Count];
        for (var i = 0; i < essays.Count; i++)
        {
            signatures[i] = new ushort[PeerSignature.Bins];
        }

        // Once to warm up (tiered compilation), once timed.
        var stopwatch = Stopwatch.StartNew();
        for (var pass = 0; pass < 2; pass++)
        {
            stopwatch.Restart();
            for (var i = 0; i < essays.Count; i++)
            {
                shingles[i] = PeerSignature.Compute(essays[i].Text, terms, signatures[i]);
            }
        }

        var signing = stopwatch.Elapsed;
        var index = new PeerCopyIndex();
        for (var i = 0; i < essays.Count; i++)
        {
            index.Add(i + 1, essays[i].Id.ToString(CultureInfo.InvariantCulture), signatures[i], shingles[i]);
        }

        stopwatch.Restart();
        var peers = index.Find();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{essays.Count:N0} ASAP essays: signatures in {signing.TotalMilliseconds:N0} ms on one thread ({signing.TotalMicroseconds / essays.Count:N1} µs each), groups in {stopwatch.Elapsed.TotalMilliseconds:N0} ms; {index.Count:N0} with {PeerCopyIndex.MinimumShingles}+ shingles"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"near-duplicate groups among the real essays: {peers.GroupCount} ({peers.ScriptCount} essays)"));
        var shown = 0;
        for (var i = 0; i < essays.Count && shown < show; i++)
        {
            if (peers.For(i + 1) is { } match && string.CompareOrdinal(match.Named[0].Id, essays[i].Id.ToString(CultureInfo.InvariantCulture)) > 0)
            {
                var other = essays.First(e => e.Id.ToString(CultureInfo.InvariantCulture) == match.Named[0].Id);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {essays[i].Id} (prompt {essays[i].Prompt}) ~ {other.Id} (prompt {other.Prompt}): {match.Named[0].Similarity:P0}\n   {Start(essays[i].Text)}\n   {Start(other.Text)}"));
                shown++;
            }
        }

        Spread(essays, signatures, shingles, output);
        Edits(essays, signatures, shingles, terms, output);
        return 0;
    }

    /// <summary>The agreement of 200,000 random pairs of different essays of the same prompt.</summary>
    private static void Spread(List<AsapEssay> essays, ushort[][] signatures, int[] shingles, TextWriter output)
    {
        var random = new Random(5);
        var byPrompt = Enumerable.Range(0, essays.Count).GroupBy(i => essays[i].Prompt).Select(g => g.Where(i => shingles[i] >= PeerCopyIndex.MinimumShingles).ToArray()).ToArray();
        var agreements = new List<double>();
        var shapes = new List<double>();
        var sums = new List<double>();
        var flagged = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var prompt = byPrompt[random.Next(byPrompt.Length)];
            var a = prompt[random.Next(prompt.Length)];
            var b = prompt[random.Next(prompt.Length)];
            if (a == b)
            {
                continue;
            }

            agreements.Add(PeerSignature.Agreement(signatures[a], signatures[b]));
            shapes.Add(PeerSignature.ShapeAgreement(signatures[a], signatures[b]));
            sums.Add(agreements[^1] + shapes[^1]);
            if (PeerCopyIndex.IsNearDuplicate(signatures[a], signatures[b]))
            {
                flagged++;
                if (Environment.GetEnvironmentVariable("PEER_DEBUG") is not null)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   pair {essays[a].Id}/{essays[b].Id} prompt {essays[a].Prompt}: agreement {PeerSignature.Agreement(signatures[a], signatures[b]):P0}, shingles {shingles[a]}/{shingles[b]}\n      {Start(essays[a].Text)}\n      {Start(essays[b].Text)}"));
                }
            }
        }

        var sorted = agreements.Order().ToArray();
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
        var shapeSorted = shapes.Order().ToArray();
        double ShapeAt(double p) => shapeSorted[Math.Min(shapeSorted.Length - 1, (int)(p * shapeSorted.Length))];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"random pairs of different essays of one prompt ({sorted.Length:N0}): content agreement median {At(0.5):P1}, 99th percentile {At(0.99):P1}, 99.99th {At(0.9999):P1}, max {sorted[^1]:P1}; shape agreement median {ShapeAt(0.5):P1}, 99th {ShapeAt(0.99):P1}, 99.99th {ShapeAt(0.9999):P1}, max {shapeSorted[^1]:P1}; both added, max {sums.Max():P1}; near duplicates by the rule: {flagged}"));
    }

    /// <summary>Light edits of 500 essays of 150+ words, each found (or not) by the index beside all the real essays.</summary>
    private static void Edits(List<AsapEssay> essays, ushort[][] signatures, int[] shingles, TermSequence terms, TextWriter output)
    {
        var chosen = Enumerable.Range(0, essays.Count).Where(i => essays[i].Text.Split(' ').Length >= 150).Where((_, k) => k % 17 == 0).Take(500).ToArray();
        var edits = new (string Name, Func<string, int, string> Apply)[]
        {
            ("same text, another id", (t, _) => t),
            ("3 words changed", (t, s) => ChangeWords(t, 3, s)),
            ("5% of words changed", (t, s) => ChangeWords(t, t.Split(' ').Length / 20, s)),
            ("10% of words changed", (t, s) => ChangeWords(t, t.Split(' ').Length / 10, s)),
            ("sentences reordered", (t, s) => Paraphraser.ShuffleSentences(t, s)),
            ("5% changed + reordered", (t, s) => Paraphraser.ShuffleSentences(ChangeWords(t, t.Split(' ').Length / 20, s), s)),
            ("upper case + zero-width", (t, _) => Paraphraser.ZeroWidth(t.ToUpperInvariant())),
            ("first 70% copied, rest own", (t, s) => t[..(t.Length * 7 / 10)] + " " + essays[(s * 7919) % essays.Count].Text[..Math.Min(essays[(s * 7919) % essays.Count].Text.Length, t.Length * 3 / 10)]),
        };
        output.WriteLine($"light edits of {chosen.Length} essays of 150+ words, each added to all {essays.Count:N0} essays:");
        foreach (var (name, apply) in edits)
        {
            var index = new PeerCopyIndex();
            for (var i = 0; i < essays.Count; i++)
            {
                index.Add(i + 1, essays[i].Id.ToString(CultureInfo.InvariantCulture), signatures[i], shingles[i]);
            }

            var copyRows = new Dictionary<long, int>();
            var signature = new ushort[PeerSignature.Bins];
            for (var k = 0; k < chosen.Length; k++)
            {
                var row = essays.Count + 1 + k;
                var count = PeerSignature.Compute(apply(essays[chosen[k]].Text, k + 1), terms, signature);
                index.Add(row, "copy-" + k.ToString(CultureInfo.InvariantCulture), signature, count);
                copyRows[row] = chosen[k];
            }

            var peers = index.Find();
            var found = copyRows.Count(pair => peers.For(pair.Key)?.Named.Any(n => n.Id == essays[pair.Value].Id.ToString(CultureInfo.InvariantCulture)) == true);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-28} {found} of {chosen.Length} found ({(double)found / chosen.Length:P1})"));
        }
    }

    private static string ChangeWords(string text, int count, int seed)
    {
        var words = text.Split(' ');
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            words[random.Next(words.Length)] = "changed";
        }

        return string.Join(' ', words);
    }

    private static string Start(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
