namespace Grader.Cli.Files;

/// <summary>A file a command reads or writes, with the words that name it in messages ("the input essays.csv", "--out").</summary>
internal sealed record NamedFile(string Role, string Path);
