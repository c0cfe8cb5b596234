using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Checks;
using Grader.Rubrics;
using Grader.Similarity;

namespace Grader.Linting;

/// <summary>
/// Reviews a loaded question (rubric, answer key, model essay, similarity model) for what marking will be unable to
/// see or will misjudge: signals a criterion weighs that this question gives no data for, weak or overlapping key
/// points, answer-key terms the model essay never uses, years the timeline cannot check, and term weights of 0.
/// Findings are sorted by severity, then in the order the files are read.
/// </summary>
internal static class QuestionLint
{
    /// <summary>Key points with fewer content words than this are too short for the similarity model to match reliably.</summary>
    internal const int FewestKeyPointWords = 4;

    /// <summary>Two key points whose cosine is at least this say much the same thing.</summary>
    internal const double OverlapAt = 0.5;

    private const int MostListed = 8;

    public static IReadOnlyList<LintFinding> Run(MarkScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var findings = new List<LintFinding>();
        UnmeasuredSignals(scheme, findings);
        KeyPoints(scheme, findings);
        TermsOutsideTheModelEssay(scheme, findings);
        Timeline(scheme, findings);
        Weights(scheme, findings);
        return [.. findings.OrderBy(f => f.Severity)];
    }

    /// <summary>Signals a criterion weighs (or caps on) that the question gives no data for: the same for every script.</summary>
    private static void UnmeasuredSignals(MarkScheme scheme, List<LintFinding> findings)
    {
        var key = scheme.AnswerKey;
        var rubric = scheme.Rubric;
        var hasReference = scheme.ModelEssay is not null || rubric.Files.Exemplars.Count > 0;
        foreach (var criterion in rubric.Criteria)
        {
            var signals = criterion.Signals.Select(s => s.Signal).Concat(criterion.Caps.SelectMany(c => c.When).Select(c => c.Signal)).Distinct(StringComparer.Ordinal);
            foreach (var signal in signals)
            {
                var missing = signal switch
                {
                    SignalCatalog.SimilarityCoverage or SignalCatalog.SimilarityKeyPoints when key.KeyPoints.Count == 0 => "the answer key has no key points",
                    SignalCatalog.SimilarityEssay or SignalCatalog.SimilarityCosine when !hasReference => "the rubric names no model essay or exemplars",
                    _ => null,
                };
                if (missing is not null)
                {
                    findings.Add(new(LintSeverity.Error, rubric.Files.RubricPath, $"criterion '{criterion.Id}'", $"weighs '{signal}', but {missing}, so it measures nothing and gives every script 0. Add what is missing, or weigh another signal."));
                }

                var standIn = signal switch
                {
                    SignalCatalog.EvidenceDated when key.Timeline.Count == 0 => "the answer key has no timeline, so it counts the dates a script gives, right or wrong",
                    SignalCatalog.BalanceFactors when key.AlternativeFactors.Count == 0 => "the answer key has no alternative factors, so it takes the counter-argument paragraphs instead",
                    SignalCatalog.EvidenceAccuracy when key.Timeline.Count == 0 && key.Misconceptions.Count == 0 => "the answer key has neither a timeline nor misconceptions, so no factual error can be found",
                    _ => null,
                };
                if (standIn is not null)
                {
                    findings.Add(new(LintSeverity.Warning, rubric.Files.RubricPath, $"criterion '{criterion.Id}'", $"weighs '{signal}', but {standIn}."));
                }
            }
        }
    }

    private static void KeyPoints(MarkScheme scheme, List<LintFinding> findings)
    {
        var file = scheme.Rubric.Files.AnswerKey ?? scheme.Rubric.Files.RubricPath;
        foreach (var point in scheme.AnswerKey.KeyPoints)
        {
            var words = SimilarityFeaturizer.Featurize(point.Text).Words;
            var count = words.Length == 0 ? 0 : words.Split(' ').Length;
            if (count < FewestKeyPointWords)
            {
                findings.Add(new(LintSeverity.Warning, file, $"key point '{point.Id}'", $"has only {count} content word{(count == 1 ? "" : "s")}: too few for similarity to tell a script that makes the point from one that names it. Write the point as a full sentence."));
            }
        }

        if (scheme.Resources.Similarity is not { } model)
        {
            return;
        }

        var points = model.KeyPoints;
        for (var a = 0; a < points.Count; a++)
        {
            for (var b = a + 1; b < points.Count; b++)
            {
                var cosine = SimilarityModel.Cosine(points[a].Vector, points[b].Vector);
                if (cosine >= OverlapAt)
                {
                    findings.Add(new(LintSeverity.Warning, file, $"key points '{points[a].Id}' and '{points[b].Id}'", Invariant($"overlap (similarity {cosine:0.00}): a script that makes one is credited with both. Merge them, or make each say what the other does not.")));
                }
            }
        }

        if (model.ModelEssayParagraphs.Count == 0)
        {
            return;
        }

        var unmade = new List<string>();
        foreach (var point in points)
        {
            var best = model.ModelEssayParagraphs.Max(p => SimilarityModel.Cosine(p, point.Vector));
            if (best < SimilarityCheck.CoveredAt)
            {
                unmade.Add(Invariant($"{point.Id} ({best:0.00})"));
            }
        }

        if (unmade.Count > 0)
        {
            findings.Add(new(LintSeverity.Note, file, "key points", Invariant($"{unmade.Count} of {points.Count} are not made by any paragraph of the model essay as closely as a script must make them to be fully credited (similarity {SimilarityCheck.CoveredAt:0.00}): {List(unmade)}. Scripts will seldom be credited with them in full; reword them as the model essay puts them, or check the model essay makes them.")));
        }
    }

    /// <summary>Answer-key names and events, and question terms, that the model essay never uses (a hint that they are mistyped, or that the model essay misses them).</summary>
    private static void TermsOutsideTheModelEssay(MarkScheme scheme, List<LintFinding> findings)
    {
        if (scheme.ModelEssay is not { } essay)
        {
            return;
        }

        var rubric = scheme.Rubric;
        var keyFile = rubric.Files.AnswerKey ?? rubric.Files.RubricPath;
        TermList("subject", rubric.Subject?.Terms ?? [], rubric.Files.RubricPath);
        TermList("keyConcept", rubric.KeyConcept.Terms, rubric.Files.RubricPath);
        TermList("topicTerms", rubric.TopicTerms, rubric.Files.RubricPath);
        var names = scheme.AnswerKey.Gazetteer.Where(g => !g.Variants.Prepend(g.Name).Any(v => Occurs(essay, v))).Select(g => g.Name).ToList();
        if (names.Count > 0)
        {
            findings.Add(new(LintSeverity.Note, keyFile, "gazetteer", $"{names.Count} of {scheme.AnswerKey.Gazetteer.Count} names never occur in the model essay in any spelling: {List(names)}."));
        }

        var events = scheme.AnswerKey.Timeline.Where(e => !e.Terms.Any(t => Occurs(essay, t))).Select(e => e.Id).ToList();
        if (events.Count > 0)
        {
            findings.Add(new(LintSeverity.Note, keyFile, "timeline", $"{events.Count} of {scheme.AnswerKey.Timeline.Count} events are named by terms the model essay never uses: {List(events)}. Check the terms are words a script would use for them."));
        }

        void TermList(string field, IReadOnlyList<string> terms, string file)
        {
            if (terms.Count == 0)
            {
                return;
            }

            var absent = terms.Where(t => !Occurs(essay, t)).ToList();
            if (absent.Count == terms.Count)
            {
                findings.Add(new(LintSeverity.Warning, file, $"'{field}'", $"none of its {terms.Count} terms occurs in the model essay ({List(absent)}): a script written like the model essay would not be seen to use them."));
            }
            else if (absent.Count > 0)
            {
                findings.Add(new(LintSeverity.Note, file, $"'{field}'", $"{absent.Count} of {terms.Count} terms never occur in the model essay: {List(absent)}."));
            }
        }
    }

    /// <summary>Events outside the question's period, and years the model essay gives that no timeline event can check.</summary>
    private static void Timeline(MarkScheme scheme, List<LintFinding> findings)
    {
        var rubric = scheme.Rubric;
        var keyFile = rubric.Files.AnswerKey ?? rubric.Files.RubricPath;
        var timeline = scheme.AnswerKey.Timeline;
        if (rubric.Period is { } period)
        {
            foreach (var timelineEvent in timeline.Where(e => e.LastYear < period.From || e.Year > period.To))
            {
                findings.Add(new(LintSeverity.Note, keyFile, $"timeline event '{timelineEvent.Id}'", Invariant($"({timelineEvent.Year}) lies outside the question's period ({period.From}–{period.To}): a script dating it correctly is still told it strays from the period.")));
            }
        }

        if (scheme.ModelEssay is not { } essay || timeline.Count == 0)
        {
            return;
        }

        var unheld = Regex.Matches(essay, @"(?<![\d\w])(1[0-9]{3}|20[0-9]{2})(?![\d\w])", RegexOptions.CultureInvariant)
            .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))
            .Where(year => !timeline.Any(e => e.Accepts(year)))
            .Distinct()
            .Order()
            .Select(year => year.ToString(CultureInfo.InvariantCulture))
            .ToList();
        if (unheld.Count > 0)
        {
            findings.Add(new(LintSeverity.Note, rubric.Files.ModelEssay ?? rubric.Files.RubricPath, "dates", $"the model essay gives years no timeline event holds ({List(unheld)}): a script that gets the events of those years wrong cannot be told so. Add those events to the answer key's timeline."));
        }
    }

    /// <summary>How the similarity model weighs terms, and the words it weighs 0.</summary>
    private static void Weights(MarkScheme scheme, List<LintFinding> findings)
    {
        if (scheme.Resources.Similarity is not { } model)
        {
            return;
        }

        var file = scheme.Rubric.Files.SimilarityModel;
        var vocabulary = model.Vocabulary;
        var unigrams = vocabulary.Unigrams;
        var zero = new List<string>();
        for (var i = 0; i < unigrams.Length; i++)
        {
            if (vocabulary.UnigramIdf[i] <= ReferenceTermWeights.DegenerateBelow)
            {
                zero.Add(unigrams[i]);
            }
        }

        if (zero.Count * 2 > unigrams.Length)
        {
            findings.Add(new(LintSeverity.Warning, file, "weights", $"{zero.Count} of {unigrams.Length} words weigh 0 (every reference sentence holds them), so similarity rests on few words: {List(zero)}. Train it again with 'grader train'."));
        }
        else if (zero.Count > 0)
        {
            findings.Add(new(LintSeverity.Note, file, "weights", $"{zero.Count} of {unigrams.Length} words weigh 0 in similarity (every reference sentence holds them): {List(zero)}."));
        }
    }

    /// <summary>Whether <paramref name="term"/> occurs in <paramref name="text"/> as whole words, ignoring case and the kind of apostrophe or dash.</summary>
    private static bool Occurs(string text, string term) =>
        term.Length > 0 && Regex.IsMatch(Plain(text), @"(?<!\w)" + Regex.Escape(Plain(term)) + @"(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Plain(string text) => text.Replace('’', '\'').Replace('‘', '\'').Replace('–', '-').Replace('—', '-');

    private static string List(IReadOnlyList<string> items) =>
        string.Join(", ", items.Take(MostListed).Select(i => $"'{i}'")) + (items.Count > MostListed ? $" and {items.Count - MostListed} more" : "");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
