using Grader.Rubrics;
using static Grader.Drafting.TemplateCaps;

namespace Grader.Drafting;

/// <summary>
/// Criteria made from a teacher's level descriptors: one criterion per section their heading names (or one 'content'
/// criterion out of the whole total), each with the descriptors' levels scaled to its marks. Content sections are marked
/// by the content signals, a structure section by the structure signals.
/// </summary>
internal static class DescriptorScheme
{
    public static IReadOnlyList<CriterionDraft> Criteria(LevelDescriptors descriptors)
    {
        IReadOnlyList<DescriptorSection> sections = descriptors.Sections.Count > 0 ? descriptors.Sections : [new DescriptorSection("content", descriptors.Total)];
        var used = new HashSet<string>(StringComparer.Ordinal);
        return sections.Select(section =>
        {
            var id = DraftIds.Unique(DraftIds.Slug(section.Name), used);
            var name = char.ToUpperInvariant(section.Name[0]) + section.Name[1..];
            var structure = section.Name.Contains("structure", StringComparison.OrdinalIgnoreCase);
            return new CriterionDraft(
                id,
                name,
                name,
                section.Marks,
                $"From the level descriptors in {descriptors.File}: {section.Marks} of the {descriptors.Total} marks.",
                SchemeTemplates.SignalsFor(section.Name),
                Levels(descriptors, section.Marks),
                structure ? [OffSubject(1), NotProse(0)] : [OffSubject(1), FarTooShort(2), NotProse(0)]);
        }).ToArray();
    }

    /// <summary>The descriptors' levels, from the bottom up, with their bands scaled to <paramref name="max"/> marks (levels that collapse merge).</summary>
    public static IReadOnlyList<CriterionLevel> Levels(LevelDescriptors descriptors, int max)
    {
        var levels = descriptors.Levels.Reverse().Select(l => new CriterionLevel(l.Level, l.Name, l.MinMark, l.MaxMark, l.Text)).ToArray();
        var whole = new CriterionDraft("levels", "levels", "", descriptors.Total, "", [], levels, []);
        return whole.RescaledTo(max).Levels;
    }
}
