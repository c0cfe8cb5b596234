namespace Grader.Server;

/// <summary>
/// The first pass over a batch: reads every entry without grading, so a request with problems is refused before any
/// work is done, with every problem listed (up to <see cref="Problems.MaxListed"/>): syntax (400), bad or missing
/// fields, unknown questions and repeated ids (422), an oversized entry or too many entries (413).
/// </summary>
internal static class BatchValidation
{
    /// <summary>The answer to give instead of grading, or null when the batch can be graded.</summary>
    public static IResult? Check(IBatchReader reader, int maxItems)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        while (reader.Problems.Count < Problems.MaxListed && reader.MoveNext())
        {
            count++;
            if (count > maxItems)
            {
                return Problems.TooManyItems(maxItems);
            }

            if (reader.Current?.Id is { } id && !ids.TryAdd(id, reader.Location))
            {
                reader.Problems.Add(new RequestProblem(
                    reader.Location,
                    $"The id '{id}' is used again (first at {ids[id]}). Give every essay its own id, so grades can be matched to essays."));
            }
        }

        if (reader.TooLarge is { } tooLarge)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "An essay in the batch is too large.", detail: tooLarge);
        }

        return reader.Problems.Count > 0 ? Problems.Invalid(reader.Problems) : null;
    }
}
