namespace Grader.Cli.Files;

/// <summary>A file could not be read or written; the message says which file and what to do (see <see cref="FileProblem"/>).</summary>
internal sealed class FileProblemException(string message, Exception inner) : IOException(message, inner);
