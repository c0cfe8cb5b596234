namespace Grader.Loading;

/// <summary>
/// One thing wrong with a rubric, answer key, model essay or similarity model file: where it is (file, line and
/// JSON path when known) and what to do about it.
/// </summary>
/// <param name="File">The file the problem is in (a full path, or the path in the file provider).</param>
/// <param name="Line">The 1-based line, or 0 when the problem is with the whole file.</param>
/// <param name="Path">The JSON path of the field (for example <c>$.criteria[0].max</c>), or "" when none.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record LoadProblem(string File, int Line, string Path, string Message)
{
    /// <summary>"file:line: $.path: message", the form compilers use, so editors can jump to it.</summary>
    public override string ToString()
    {
        var location = Line > 0 ? $"{File}:{Line}" : File;
        return string.IsNullOrEmpty(Path) ? $"{location}: {Message}" : $"{location}: {Path}: {Message}";
    }
}
