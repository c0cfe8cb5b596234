namespace Grader.Linting;

/// <summary>One thing <see cref="QuestionLint"/> found in a question folder: how much it matters, where (a file, and an item in it), and what to do.</summary>
internal sealed record LintFinding(LintSeverity Severity, string File, string Item, string Message)
{
    /// <summary>"severity: file: item: message", the form compilers use.</summary>
    public override string ToString()
    {
        var severity = Severity switch { LintSeverity.Error => "error", LintSeverity.Warning => "warning", _ => "note" };
        return string.IsNullOrEmpty(Item) ? $"{severity}: {File}: {Message}" : $"{severity}: {File}: {Item}: {Message}";
    }
}
