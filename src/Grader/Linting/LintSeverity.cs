namespace Grader.Linting;

/// <summary>How much a <see cref="LintFinding"/> matters.</summary>
internal enum LintSeverity
{
    /// <summary>Marking will be wrong for every script until it is fixed.</summary>
    Error,

    /// <summary>Marking works, but will miss or misjudge something worth fixing.</summary>
    Warning,

    /// <summary>Worth knowing when reviewing the question; nothing need change.</summary>
    Note,
}
