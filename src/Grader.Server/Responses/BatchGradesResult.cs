namespace Grader.Server;

/// <summary>A 200 response streaming a checked batch's grades, in order, as they are graded.</summary>
internal sealed class BatchGradesResult(Func<IBatchReader> open, GradingGate gate, int parallelism, bool ndjson) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ndjson ? MediaTypes.NdJson + "; charset=utf-8" : "application/json; charset=utf-8";
        using var reader = open();
        using var writer = new BatchGradeWriter(response.BodyWriter, ndjson);
        try
        {
            await OrderedBatchGrading.RunAsync(reader, writer, gate, parallelism, httpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
        }
    }
}
