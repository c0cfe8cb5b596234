namespace Grader.Cli.Marking;

/// <summary>
/// One input row to mark: its 1-based row number among the input's data rows, where it is ("essays.csv line 12",
/// "file a.txt"), its id and essay text, the cells passed
/// through to the output, and — when the row cannot be marked — why (<see cref="Problem"/>, naming the line or file).
/// </summary>
internal sealed record EssayRow(long Row, string Location, string Id, string Text, IReadOnlyList<string> PassThrough, string? Problem);
