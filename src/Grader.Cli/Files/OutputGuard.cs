namespace Grader.Cli.Files;

/// <summary>
/// Checks, before anything is written, that no file a command writes is a file it reads (by the same path, or through a
/// symbolic or hard link: see <see cref="FileIdentity"/>) and that no two of its outputs are one file. A command never
/// opens an input for writing.
/// </summary>
internal static class OutputGuard
{
    /// <summary>Why the outputs cannot be written as given, or null.</summary>
    public static string? Problem(IEnumerable<NamedFile> inputs, IReadOnlyList<NamedFile> outputs)
    {
        var read = inputs.Select(f => (File: f, Identity: FileIdentity.Of(f.Path))).Where(f => f.Identity is not null).ToList();
        for (var i = 0; i < outputs.Count; i++)
        {
            var output = outputs[i];
            var full = System.IO.Path.GetFullPath(output.Path);
            var identity = FileIdentity.Of(output.Path);
            foreach (var (input, inputIdentity) in read)
            {
                if (string.Equals(full, System.IO.Path.GetFullPath(input.Path), StringComparison.Ordinal) || identity == inputIdentity)
                {
                    return $"{output.Role} ({output.Path}) is {input.Role} ({input.Path}){(full == System.IO.Path.GetFullPath(input.Path) ? "" : ", through a link")}: writing it would destroy what is being read. Choose another path for {output.Role}.";
                }
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(full, System.IO.Path.GetFullPath(outputs[j].Path), StringComparison.Ordinal) || (identity is not null && identity == FileIdentity.Of(outputs[j].Path)))
                {
                    return $"{output.Role} and {outputs[j].Role} are the same file ({output.Path}): give each its own path.";
                }
            }
        }

        return null;
    }
}
