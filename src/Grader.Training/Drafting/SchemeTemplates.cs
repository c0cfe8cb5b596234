using System.Globalization;
using Grader.Checks;
using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>
/// The scheme templates by name, and how a template's criteria and bands are fitted to a teacher's level descriptors:
/// the descriptors' levels become the rubric's bands, their total (and the sections they name) rescale the criteria, and
/// a criterion out of the whole total takes the descriptors' levels as its own.
/// </summary>
internal static class SchemeTemplates
{
    public static IReadOnlyList<(string Name, SchemeTemplate Template, string Description)> All { get; } =
    [
        ("history-essay", SchemeTemplate.HistoryEssay, "the bundled history essay scheme: judgement 7, evidence 6, analysis 5, balance 4, relevance 3, structure 5 (a period is drafted from the model essay's years)"),
        ("general-essay", SchemeTemplate.GeneralEssay, "an essay outside history: knowledge 9, explanation 8, answer 4, relevance 4, structure 5"),
        ("short-answer", SchemeTemplate.ShortAnswer, "one content criterion, one level per mark (4 marks, or the descriptors' total)"),
        ("holistic", SchemeTemplate.Holistic, "any kind of writing: development, content, language (10 each)"),
        ("descriptors", SchemeTemplate.Descriptors, "criteria and levels from --descriptors, one criterion per section its heading names"),
    ];

    public static IEnumerable<string> Names => All.Select(t => t.Name);

    public static bool TryParse(string name, out SchemeTemplate template)
    {
        foreach (var entry in All)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                template = entry.Template;
                return true;
            }
        }

        template = default;
        return false;
    }

    public static string NameOf(SchemeTemplate template) => All.First(t => t.Template == template).Name;

    /// <summary>Whether the template marks dated evidence against a period (and so has one drafted).</summary>
    public static bool UsesPeriod(SchemeTemplate template) => template == SchemeTemplate.HistoryEssay;

    /// <summary>Whether the template weighs other factors (and so has them drafted from the model essay's paragraphs).</summary>
    public static bool UsesFactors(SchemeTemplate template) => template == SchemeTemplate.HistoryEssay;

    /// <summary>The criteria of <paramref name="template"/>, fitted to <paramref name="descriptors"/> when given; notes say what was changed.</summary>
    public static IReadOnlyList<Criterion> Criteria(SchemeTemplate template, LevelDescriptors? descriptors, List<string> notes)
    {
        var criteria = template switch
        {
            SchemeTemplate.HistoryEssay => HistoryEssayTemplate.Criteria(),
            SchemeTemplate.GeneralEssay => GeneralEssayTemplate.Criteria(),
            SchemeTemplate.Holistic => HolisticTemplate.Criteria(),
            SchemeTemplate.ShortAnswer => ShortAnswerTemplate.Criteria(descriptors?.Total ?? ShortAnswerTemplate.DefaultMax),
            _ => DescriptorScheme.Criteria(descriptors ?? throw new ArgumentException("The descriptors template needs descriptors.", nameof(descriptors))),
        };
        if (descriptors is not null && template != SchemeTemplate.Descriptors)
        {
            criteria = FitTo(criteria, descriptors, notes);
        }

        return criteria.Select(c => c.ToCriterion()).ToArray();
    }

    /// <summary>The overall bands: the descriptors' levels, or the template's six bands scaled to the total.</summary>
    public static IReadOnlyList<Band> Bands(LevelDescriptors? descriptors, int total)
    {
        if (descriptors is not null)
        {
            return descriptors.Levels.Select(l => new Band(l.Name, l.MinMark)).ToArray();
        }

        (string Name, double Share)[] bands = [("Excellent", 26 / 30.0), ("Very good", 21 / 30.0), ("Good", 16 / 30.0), ("Satisfactory", 11 / 30.0), ("Weak", 6 / 30.0)];
        var result = new List<Band>();
        foreach (var (name, share) in bands)
        {
            var min = (int)Math.Round(share * total, MidpointRounding.AwayFromZero);
            if (min > 0 && (result.Count == 0 || min < result[^1].MinMark))
            {
                result.Add(new Band(name, min));
            }
        }

        result.Add(new Band("Very weak", 0));
        return result;
    }

    /// <summary>
    /// Rescales the criteria so that each section the descriptors name holds its marks (or, when they name none, the
    /// criteria add up to the descriptors' total); a criterion out of the whole total takes the descriptors' levels.
    /// </summary>
    private static IReadOnlyList<CriterionDraft> FitTo(IReadOnlyList<CriterionDraft> criteria, LevelDescriptors descriptors, List<string> notes)
    {
        var fitted = criteria.ToArray();
        var sections = descriptors.Sections.Where(s => criteria.Any(c => SameName(c.Section, s.Name))).ToArray();
        if (sections.Length == descriptors.Sections.Count && sections.Length > 0 && criteria.All(c => sections.Any(s => SameName(c.Section, s.Name))))
        {
            foreach (var section in sections)
            {
                var indexes = Enumerable.Range(0, fitted.Length).Where(i => SameName(fitted[i].Section, section.Name)).ToArray();
                Distribute(fitted, indexes, section.Marks);
            }
        }
        else
        {
            if (descriptors.Sections.Count > 0)
            {
                notes.Add($"The descriptors name sections ({string.Join(", ", descriptors.Sections.Select(s => s.Name))}) that the template's criteria do not all fall into, so the criteria were scaled to the total of {descriptors.Total} as a whole.");
            }

            Distribute(fitted, Enumerable.Range(0, fitted.Length).ToArray(), descriptors.Total);
        }

        if (fitted.Length == 1)
        {
            fitted[0] = fitted[0] with { Levels = DescriptorScheme.Levels(descriptors, descriptors.Total) };
        }

        var before = criteria.Select(c => c.Max).ToArray();
        if (!before.SequenceEqual(fitted.Select(c => c.Max)))
        {
            notes.Add("The template's criteria were rescaled to the descriptors' marks: " + string.Join(", ", fitted.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c.Id} {before[i]} → {c.Max}"))) + ".");
        }

        return fitted;
    }

    /// <summary>Gives the criteria at <paramref name="indexes"/> maxima in proportion to their template maxima, adding up to <paramref name="total"/> (each at least 1).</summary>
    private static void Distribute(CriterionDraft[] criteria, int[] indexes, int total)
    {
        var sum = indexes.Sum(i => criteria[i].Max);
        if (sum == total)
        {
            return;
        }

        var exact = indexes.Select(i => criteria[i].Max * (double)total / sum).ToArray();
        var maxima = exact.Select(e => Math.Max(1, (int)Math.Floor(e))).ToArray();
        var order = Enumerable.Range(0, exact.Length).OrderByDescending(k => exact[k] - Math.Floor(exact[k])).ThenBy(k => k).ToArray();
        for (var step = 0; maxima.Sum() < total; step++)
        {
            maxima[order[step % order.Length]]++;
        }

        for (var step = 0; maxima.Sum() > total; step++)
        {
            var largest = Enumerable.Range(0, maxima.Length).OrderByDescending(k => maxima[k]).First();
            maxima[largest]--;
        }

        for (var k = 0; k < indexes.Length; k++)
        {
            criteria[indexes[k]] = criteria[indexes[k]].RescaledTo(maxima[k]);
        }
    }

    private static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A criterion's signals by its section's name: structure signals for a structure section, content signals otherwise.</summary>
    public static IReadOnlyList<SignalWeight> SignalsFor(string section) => section.Contains("structure", StringComparison.OrdinalIgnoreCase)
        ? [new(SignalCatalog.StructureRoles, 3), new(SignalCatalog.StructurePeel, 3), new(SignalCatalog.StructureLength, 2)]
        :
        [
            new(SignalCatalog.SimilarityCoverage, 3), new(SignalCatalog.AnalysisExplanation, 2), new(SignalCatalog.JudgementThesis, 1),
            new(SignalCatalog.JudgementConclusion, 1), new(SignalCatalog.RelevanceSubject, 1), new(SignalCatalog.EvidenceDensity, 1),
            new(SignalCatalog.SimilarityEssay, 1),
        ];
}
