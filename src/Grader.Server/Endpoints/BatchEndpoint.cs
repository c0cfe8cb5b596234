using Grader.Hosting;
using Microsoft.Extensions.Options;

namespace Grader.Server;

/// <summary>
/// <c>POST /v1/grade/batch</c>: many essays, as a JSON array or a CSV upload, graded in parallel and streamed back in
/// order. The whole batch is checked first (nothing is graded when any entry has a problem); essays that cannot be
/// marked (empty, over the length limit) come back in place as grades with status "error", as in <c>grader mark</c>.
/// </summary>
internal static class BatchEndpoint
{
    public static void Map(IEndpointRouteBuilder v1) =>
        v1.MapPost("/grade/batch", GradeBatchAsync)
            .Accepts<GradeRequest[]>(MediaTypes.Json, MediaTypes.Csv)
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json, additionalContentTypes: [MediaTypes.NdJson])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("GradeBatch")
            .WithSummary("Grade many essays, streamed back in order.")
            .WithDescription(
                "Body: a JSON array of {\"text\", \"question\", \"id\"} objects, or text/csv with a header naming 'id' and 'text' columns (and " +
                "optionally 'question'). '?question=<name>' sets the question for entries that name none. Answers with a JSON array of " +
                "grades in input order (or, with 'Accept: application/x-ndjson', one grade per line), streamed as they are graded. The batch " +
                "is checked first: any problem (listed by JSON path or CSV row) refuses it before grading. Ids must not repeat.");

    private static async Task<IResult> GradeBatchAsync(
        HttpContext context,
        QuestionCatalog catalog,
        GradingGate gate,
        IOptions<GraderServerOptions> server,
        IOptions<GraderOptions> grading,
        string? question)
    {
        var request = context.Request;
        var isCsv = MediaTypes.Is(request.ContentType, MediaTypes.Csv);
        if (!isCsv && !MediaTypes.Is(request.ContentType, MediaTypes.Json))
        {
            return Problems.UnsupportedMediaType(request.ContentType, MediaTypes.Json, MediaTypes.Csv);
        }

        if (question is not null && !catalog.TryGet(question, out _))
        {
            QuestionChoice.TryResolve(catalog, question, "?question", out _, out var unknown);
            return Problems.Invalid([unknown!]);
        }

        var (body, problem) = await BatchBody.ReadAsync(context, server.Value.MaxBatchBodySize);
        if (problem is not null)
        {
            return problem;
        }

        context.Response.RegisterForDisposeAsync(body!);
        var batch = new BatchContext(catalog, question, BatchContext.MaxItemBytesFor(grading.Value.MaxEssayLength));
        IBatchReader Open() => isCsv ? new CsvBatchReader(body!.Stream, batch) : new JsonBatchReader(body!.Stream, batch);

        using (var check = Open())
        {
            if (BatchValidation.Check(check, server.Value.MaxBatchItems) is { } refusal)
            {
                return refusal;
            }
        }

        body!.Stream.Position = 0;
        return new BatchGradesResult(Open, gate, server.Value.BatchParallelism, MediaTypes.WantsNdJson(request));
    }
}
