namespace Grader.Cli;

/// <summary>
/// The bundled question's rubric, used when --rubric is not given: the copy installed beside the program (in the build
/// output and in the tool package), so <c>grader</c> works from any folder, whatever the working directory.
/// </summary>
internal static class DefaultRubric
{
    public const string RelativePath = "data/soviet-union-prc/rubric.json";

    /// <summary>The full path of the bundled rubric beside the program (it may be missing from a broken install).</summary>
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, RelativePath);
}
