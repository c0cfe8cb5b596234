namespace Grader.Server;

/// <summary>
/// Reads a batch's essays one at a time from a buffered body. An entry with problems is still an entry (its
/// <see cref="Current"/> is null and its problems are in <see cref="Problems"/>), so one pass reports every problem; a
/// syntax error the reader cannot get past ends the reading.
/// </summary>
internal interface IBatchReader : IDisposable
{
    /// <summary>Where the entry just read is: <c>$[3]</c> in a JSON array, <c>row 4</c> of a CSV.</summary>
    string Location { get; }

    /// <summary>The entry just read, or null when it has problems.</summary>
    BatchItem? Current { get; }

    /// <summary>Every problem found so far, each located (a JSON path, or a CSV row).</summary>
    List<RequestProblem> Problems { get; }

    /// <summary>Set when an entry is larger than the reader may hold: the answer is then 413, with this message.</summary>
    string? TooLarge { get; }

    /// <summary>Reads the next entry; false at the end of the batch, or when a syntax error or an oversized entry stops the reading.</summary>
    bool MoveNext();
}
