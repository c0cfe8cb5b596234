namespace Grader.Cli.Marking;

/// <summary>A marked row ready to write: its CSV line, its details line (when details are wanted), status and band.</summary>
internal sealed record MarkedRow(long Sequence, string CsvLine, string? DetailsLine, string Status, string Band);
