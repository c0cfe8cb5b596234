using Grader.Checks;

namespace Grader.Rubrics;

/// <summary>Checks a rubric built in code (not read from a file) for the mistakes the file reader would report.</summary>
internal static class RubricConsistency
{
    public static void ThrowIfInconsistent(Rubric rubric)
    {
        var problems = new List<string>();
        if (rubric.Criteria.Count == 0)
        {
            problems.Add("the rubric has no criteria");
        }

        foreach (var criterion in rubric.Criteria)
        {
            foreach (var signal in criterion.Signals.Select(s => s.Signal).Concat(criterion.Caps.SelectMany(c => c.When).Select(w => w.Signal)))
            {
                if (!SignalCatalog.IsKnown(signal))
                {
                    problems.Add($"criterion '{criterion.Id}' names unknown signal '{signal}'");
                }
                else if (SignalRequirements.Problem(signal, rubric.Period is not null, rubric.ResponseType) is { } problem)
                {
                    problems.Add($"criterion '{criterion.Id}': {problem.TrimEnd('.')}");
                }
            }

            for (var mark = 0; mark <= criterion.Max; mark++)
            {
                var levels = criterion.Levels.Count(l => mark >= l.MinMark && mark <= l.MaxMark);
                if (levels != 1)
                {
                    problems.Add($"criterion '{criterion.Id}' has {levels} levels for mark {mark}: every mark from 0 to {criterion.Max} needs exactly one");
                    break;
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The rubric is inconsistent: " + string.Join("; ", problems) + ".", nameof(rubric));
        }
    }
}
