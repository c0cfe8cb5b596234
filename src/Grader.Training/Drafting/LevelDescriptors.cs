using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Loading;

namespace Grader.Drafting;

/// <summary>
/// A teacher's level descriptors, read from a plain text file: one line per level, "Level 5 (25-30): descriptor" (also
/// "Level 5: 25–30 marks – descriptor" or "5 (25 to 30) descriptor"), in any order, together covering every total from 0
/// to the top mark exactly once. A heading line may give the total and its sections: "(30 marks: content 25, structure 5)".
/// Other lines are ignored, except one that starts like a level line but cannot be read, which is a problem.
/// </summary>
internal sealed partial class LevelDescriptors
{
    private LevelDescriptors(string file, IReadOnlyList<DescriptorLevel> levels, IReadOnlyList<DescriptorSection> sections)
    {
        File = file;
        Levels = levels;
        Sections = sections;
    }

    /// <summary>The file the descriptors were read from, as the notes cite it.</summary>
    public string File { get; }

    /// <summary>The levels, highest first.</summary>
    public IReadOnlyList<DescriptorLevel> Levels { get; }

    /// <summary>The sections the heading names with their marks (empty when it names none).</summary>
    public IReadOnlyList<DescriptorSection> Sections { get; }

    /// <summary>The top mark: the highest level's maximum.</summary>
    public int Total => Levels[0].MaxMark;

    /// <summary>Reads <paramref name="source"/>; null and every problem, each with its line, when it cannot be used.</summary>
    public static LevelDescriptors? Read(DraftSource source, List<LoadProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(source);
        var levels = new List<DescriptorLevel>();
        var sections = new List<DescriptorSection>();
        int? statedTotal = null;
        var statedTotalLine = 0;
        var start = problems.Count;
        var lines = source.Text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0)
            {
                continue;
            }

            var level = LevelLine().Match(line);
            if (level.Success)
            {
                var text = level.Groups["text"].Value.Trim();
                var read = new DescriptorLevel(Whole(level, "level"), Whole(level, "min"), Whole(level, "max"), text, number);
                if (text.Length == 0)
                {
                    problems.Add(Problem(source, number, $"{read.Name} has no descriptor: write what an answer at this level does after the marks."));
                }
                else if (read.MinMark > read.MaxMark)
                {
                    problems.Add(Problem(source, number, $"{read.Name} runs from {read.MinMark} down to {read.MaxMark}: give the lower mark first, as in 'Level 3 (13-18)'."));
                }
                else if (levels.Find(l => l.Level == read.Level) is { } twice)
                {
                    problems.Add(Problem(source, number, $"{read.Name} is given twice (first on line {twice.Line}): give each level once."));
                }
                else
                {
                    levels.Add(read);
                }

                continue;
            }

            if (LevelStart().IsMatch(line))
            {
                problems.Add(Problem(source, number, "This line starts like a level but its marks cannot be read: write it as 'Level 5 (25-30): descriptor'."));
                continue;
            }

            if (statedTotal is null && TotalMarks().Match(line) is { Success: true } total)
            {
                statedTotal = Whole(total, "total");
                statedTotalLine = number;
                ReadSections(total.Groups["sections"].Value, sections);
            }
        }

        if (levels.Count == 0 && problems.Count == start)
        {
            problems.Add(Problem(source, 0, "No level lines were found: write one line per level, such as 'Level 5 (25-30): Sustained judgement…', from the top level down."));
        }

        levels.Sort((a, b) => b.MinMark.CompareTo(a.MinMark));
        CheckCoverage(source, levels, problems);
        if (levels.Count > 0 && statedTotal is { } stated && stated != levels[0].MaxMark)
        {
            problems.Add(Problem(source, statedTotalLine, $"The heading says {stated} marks but the top level ends at {levels[0].MaxMark}: make them agree."));
        }

        if (sections.Count > 0 && levels.Count > 0 && sections.Sum(s => s.Marks) != levels[0].MaxMark)
        {
            problems.Add(Problem(source, statedTotalLine, $"The sections named ({string.Join(", ", sections.Select(s => $"{s.Name} {s.Marks}"))}) add up to {sections.Sum(s => s.Marks)}, not the {levels[0].MaxMark} marks of the top level: make them agree."));
        }

        return problems.Count > start ? null : new LevelDescriptors(source.Name, levels, sections);
    }

    /// <summary>The levels (highest first) must cover 0 to the top mark, each mark once.</summary>
    private static void CheckCoverage(DraftSource source, List<DescriptorLevel> levels, List<LoadProblem> problems)
    {
        if (levels.Count == 0)
        {
            return;
        }

        if (levels[^1].MinMark != 0)
        {
            problems.Add(Problem(source, levels[^1].Line, $"The lowest level, {levels[^1].Name}, starts at {levels[^1].MinMark}: the levels must cover every total from 0, so start it at 0."));
        }

        for (var i = 0; i + 1 < levels.Count; i++)
        {
            var upper = levels[i];
            var lower = levels[i + 1];
            if (upper.MinMark != lower.MaxMark + 1)
            {
                var gap = upper.MinMark > lower.MaxMark + 1
                    ? $"leaves {Marks(lower.MaxMark + 1, upper.MinMark - 1)} without a level"
                    : $"overlaps it on {Marks(upper.MinMark, lower.MaxMark)}";
                problems.Add(Problem(source, upper.Line, $"{upper.Name} ({upper.MinMark}-{upper.MaxMark}) does not start right after {lower.Name} ({lower.MinMark}-{lower.MaxMark}, line {lower.Line}): it {gap}. Every total needs exactly one level."));
            }
        }
    }

    private static string Marks(int from, int to) => from == to
        ? string.Create(CultureInfo.InvariantCulture, $"mark {from}")
        : string.Create(CultureInfo.InvariantCulture, $"marks {from}-{to}");

    private static void ReadSections(string text, List<DescriptorSection> sections)
    {
        foreach (Match section in Section().Matches(text))
        {
            sections.Add(new DescriptorSection(section.Groups["name"].Value.Trim(), Whole(section, "marks")));
        }
    }

    private static int Whole(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static LoadProblem Problem(DraftSource source, int line, string message) => new(source.Name, line, "", message);

    [GeneratedRegex(@"^(?:(?:level|band)\s*)?(?<level>\d{1,3})\s*[:.]?\s*[\(\[]?\s*(?<min>\d{1,4})\s*(?:-|–|—|to)\s*(?<max>\d{1,4})\s*(?:marks?)?\s*[\)\]]?\s*(?:marks?)?\s*[:.\-–—]?\s*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelLine();

    [GeneratedRegex(@"^(?:level|band)\s*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelStart();

    [GeneratedRegex(@"(?<total>\d{1,4})\s*marks?\b\s*(?::\s*(?<sections>[^)]*))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalMarks();

    [GeneratedRegex(@"(?<name>[A-Za-z][A-Za-z \-]*?)\s+(?<marks>\d{1,4})", RegexOptions.CultureInvariant)]
    private static partial Regex Section();
}
