namespace Grader.Loading;

/// <summary>
/// One thing wrong with a rubric, answer key, model essay or similarity model file: where it is (file, line and
/// JSON path when known) and what to do about it.
/// </summary>
public sealed record LoadProblem(string File, int Line, string Path, string Message)
{
    /// <summary>"file:line: $.path: message", the form compilers use, so editors can jump to it.</summary>
    public override string ToString()
    {
        var location = Line > 0 ? $"{File}:{Line}" : File;
        return string.IsNullOrEmpty(Path) ? $"{location}: {Message}" : $"{location}: {Path}: {Message}";
    }
}
