namespace Grader.Cli.Marking;

/// <summary>A row an earlier run wrote: its input row number and the hash of its id as written (formula-escaped).</summary>
internal readonly record struct WrittenRow(long Row, uint IdHash);
