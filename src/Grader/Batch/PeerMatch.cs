namespace Grader.Batch;

/// <summary>
/// The near duplicates of one script in its batch: the first few other scripts of its group (in input order) that are
/// near duplicates of it directly, each with the estimated share of word runs they have in common, and how many more
/// scripts its group holds.
/// </summary>
internal sealed record PeerMatch(IReadOnlyList<(string Id, double Similarity)> Named, int Others);
