namespace Grader.Cli.Console;

/// <summary>Standard output was closed by its reader (EPIPE): what is still to be written cannot be delivered.</summary>
internal sealed class BrokenPipeException(Exception inner)
    : IOException("standard output was closed by the program reading it (broken pipe)", inner);
