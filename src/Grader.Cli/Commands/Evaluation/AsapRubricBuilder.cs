using Grader.Calibration;
using Grader.Checks;
using Grader.Rubrics;
using Grader.Similarity;

namespace Grader.Cli.Commands.Evaluation;

/// <summary>
/// A holistic mark scheme for one ASAP prompt, built in memory from its training essays only: one criterion
/// <c>holistic</c> out of the prompt's score range, its topic words taken from the training essays' most frequent content
/// words, a length guide from the best-marked essays, and the best-marked training essays as the similarity model's
/// exemplars (20, or the best tenth of a small sample, at least 3, so that the exemplars stay the good answers). ASAP prompts have no answer key.
/// </summary>
internal static class AsapRubricBuilder
{
    private const int Exemplars = 20;

    public static MarkScheme Build(AsapPrompt prompt, IReadOnlyList<AsapEssay> training, int seed)
    {
        var words = TopContentWords(training, 40);
        var best = training.OrderByDescending(e => e.Score).ThenBy(e => e.Id).Take(Math.Clamp(training.Count / 10, 3, Exemplars)).ToArray();
        var bestLengths = best.Select(e => WordCount(e.Text)).Order().ToArray();
        var guideMin = Math.Max(50, (int)(bestLengths[bestLengths.Length / 4] * 0.9));
        var guideMax = Math.Max(guideMin + 50, (int)(bestLengths[^1] * 1.2));
        var max = prompt.Range;
        var levels = Enumerable.Range(0, max + 1).Select(m => new CriterionLevel(m, $"Mark {m}", m, m, $"Holistic mark {m} of {max}.")).Reverse().ToArray();
        var criterion = new Criterion(
            "holistic",
            "Holistic",
            "Holistic",
            max,
            "ASAP scores one holistic mark per essay.",
            [
                new SignalWeight(SignalCatalog.StructureLength, 3),
                new SignalWeight(SignalCatalog.SimilarityEssay, 2),
                new SignalWeight(SignalCatalog.AnalysisExplanation, 1),
                new SignalWeight(SignalCatalog.RelevanceSubject, 1),
                new SignalWeight(SignalCatalog.StructureRoles, 1),
                new SignalWeight(SignalCatalog.IntegrityProse, 1),
                new SignalWeight(SignalCatalog.DevelopmentLength, 1),
                new SignalWeight(SignalCatalog.LanguageRange, 1),
                new SignalWeight(SignalCatalog.LanguageSophistication, 1),
            ],
            levels,
            []);
        var rubric = new Rubric(
            $"asap-{prompt.Set}",
            $"ASAP-AES prompt {prompt.Set}",
            prompt.Description,
            new YearRange(1000, 2100),
            new TermList(words[0], words.Take(6).ToArray()),
            new TermList(words.Length > 6 ? words[6] : words[0], words.Skip(6).Take(4).ToArray()),
            words,
            new LengthGuide(guideMin, guideMax, 15),
            [criterion],
            [new Band("All", 0)],
            new RubricFiles("", null, null, "", []));
        return MarkSchemeTrainer.Train(rubric, AnswerKey.Empty, null, best.Select(e => e.Text).ToArray(), seed);
    }

    /// <summary>The most frequent words of four letters or more that are not stop words, by the number of essays using them.</summary>
    private static string[] TopContentWords(IReadOnlyList<AsapEssay> essays, int count)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var essay in essays)
        {
            foreach (var word in Words(essay.Text).Where(w => w.Length >= 4 && !SimilarityStopWords.Contains(w) && !w.Any(char.IsDigit)).Distinct(StringComparer.Ordinal))
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        return frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => p.Key).ToArray();
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static int WordCount(string text) => Words(text).Count();

    public static MarkedScript ToMarkedScript(AsapEssay essay, AsapPrompt prompt) =>
        new(essay.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), essay.Text, essay.Score - prompt.MinScore, new Dictionary<string, int>());
}
