namespace Grader.Rubrics;

/// <summary>Which signals a rubric marks by: the signals its criteria weigh and those its level caps test.</summary>
internal static class RubricSignalUse
{
    /// <summary>Whether a criterion of <paramref name="rubric"/> weighs, or a cap tests, a signal that <paramref name="isSignal"/> picks.</summary>
    public static bool Uses(Rubric rubric, Func<string, bool> isSignal)
    {
        foreach (var criterion in rubric.Criteria)
        {
            if (criterion.Signals.Any(s => isSignal(s.Signal)) || criterion.Caps.Any(c => c.When.Any(w => isSignal(w.Signal))))
            {
                return true;
            }
        }

        return false;
    }
}
