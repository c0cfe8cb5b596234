namespace Grader.Cli.Marking;

/// <summary>A marked row ready to write: its CSV cells (already formula-escaped), its details line (when details are wanted), status and band.</summary>
internal sealed record MarkedRow(long Sequence, string[] Cells, string? DetailsLine, string Status, string Band);
