using System.Globalization;
using Grader.Checks;
using Grader.Text;

namespace Grader.Benchmarks.CopyDetection;

/// <summary>
/// Varies <see cref="CopyThresholds"/> and the flag's copied share on the tuning prompts only, and prints for each
/// setting the false alarms (on the persuasive and narrative prompts, and apart on the source-based prompts, whose
/// answers quote the same reading passage) and the detection of each disguise, so the setting in use can be chosen
/// from this table and then checked on the held-out prompts.
/// </summary>
internal static class ThresholdSweep
{
    private static readonly double[] FlagShares = [0.25, 0.35, 0.5];

    public static void Run(IReadOnlyList<(string Model, string Question, IReadOnlyList<string> Honest, int Prompt)> trials, IReadOnlyList<CopyAttack> attacks, EssayAnalyzer analyzer, TextWriter output)
    {
        // Each text is analysed once, however many trials compare it (a prompt's honest essays serve all its model essays).
        var documents = new Dictionary<string, EssayDocument>(StringComparer.Ordinal);
        EssayDocument Analyze(string text) => documents.TryGetValue(text, out var document) ? document : documents[text] = analyzer.Analyze(text);
        var prepared = trials.Select(t =>
        {
            var reference = CopyReference.Build(analyzer, [("the model essay", t.Model)], [t.Question]);
            var model = analyzer.Analyze(t.Model);
            var prose = string.Join("\n\n", model.Paragraphs.Select(p => model.Quote(p.Span)));
            return (Reference: reference, Honest: t.Honest.Select(Analyze).ToArray(), Attacks: attacks.Select(a => analyzer.Analyze(a.Apply(prose))).ToArray(), t.Prompt);
        }).ToList();
        output.WriteLine("copiedAt neighbourAt minTerms | flagAt | false alarms: persuasive+narrative, source-based | detection: worst disguise, mean over disguises");
        foreach (var copiedAt in new[] { 0.35, 0.40, 0.45, 0.50, 0.55 })
        {
            foreach (var neighbourAt in new[] { 0.25, 0.30, 0.35, 0.40, 0.45 }.Where(n => n <= copiedAt))
            {
                foreach (var minimumTerms in new[] { 4, 6, 8 })
                {
                    var thresholds = CopyThresholds.Default with { CopiedAt = copiedAt, NeighbourCopiedAt = neighbourAt, MinimumTerms = minimumTerms };
                    var honest = prepared.SelectMany(p => p.Honest.Select(d => (Share: CopyFinder.Find(d, p.Reference, thresholds).Share, Source: p.Prompt is >= 3 and <= 6))).ToList();
                    var copies = prepared.Select(p => p.Attacks.Select(d => CopyFinder.Find(d, p.Reference, thresholds).Share).ToArray()).ToList();
                    foreach (var flagAt in FlagShares)
                    {
                        var plain = honest.Where(h => !h.Source).ToList();
                        var source = honest.Where(h => h.Source).ToList();
                        var perAttack = Enumerable.Range(0, attacks.Count).Select(a => copies.Count(c => c[a] >= flagAt) / (double)copies.Count).ToArray();
                        output.WriteLine(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{copiedAt,8:0.00} {neighbourAt,11:0.00} {minimumTerms,8} | {flagAt,6:0.00} | {plain.Count(h => h.Share >= flagAt),5} of {plain.Count} ({plain.Count(h => h.Share >= flagAt) / (double)plain.Count:P2}), {source.Count(h => h.Share >= flagAt),5} of {source.Count} ({source.Count(h => h.Share >= flagAt) / (double)source.Count:P2}) | {perAttack.Min():P0} ({attacks[Array.IndexOf(perAttack, perAttack.Min())].Name}), {perAttack.Average():P1}"));
                    }
                }
            }
        }
    }
}
