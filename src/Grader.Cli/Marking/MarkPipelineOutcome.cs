namespace Grader.Cli.Marking;

/// <summary>How a pipeline run ended: rows written, why reading stopped early (if it did) and whether it was interrupted.</summary>
internal sealed record MarkPipelineOutcome(long RowsWritten, Exception? ReadFailure, bool Interrupted);
