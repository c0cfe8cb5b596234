using Grader.Hosting;
using Microsoft.Extensions.Options;

namespace Grader.Server;

/// <summary><c>POST /v1/grade</c>: one essay as JSON in, its grade as JSON out.</summary>
internal static class GradeEndpoint
{
    public static void Map(IEndpointRouteBuilder v1) =>
        v1.MapPost("/grade", GradeAsync)
            .Accepts<GradeRequest>(MediaTypes.Json)
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Grade")
            .WithSummary("Grade one essay.")
            .WithDescription(
                "Body: {\"text\": \"…\", \"question\": \"<name>\", \"id\": \"S001\"} (question optional when the server has a default; id, a string " +
                "or number, is echoed first). Answers with the grade: the same JSON as 'grader explain --format json'. An essay that cannot " +
                "be graded (empty, or over the length limit) is a 422 naming $.text.");

    private static async Task<IResult> GradeAsync(HttpContext context, QuestionCatalog catalog, GradingGate gate, IOptions<GraderServerOptions> options)
    {
        if (!MediaTypes.Is(context.Request.ContentType, MediaTypes.Json))
        {
            return Problems.UnsupportedMediaType(context.Request.ContentType, MediaTypes.Json);
        }

        var (body, problem) = await RequestBody.ReadAsync(context, options.Value.MaxRequestBodySize, "Server:MaxRequestBodySize", SingleGradeRequest.Parse);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Request is not { } request)
        {
            return Problems.Invalid(body.Problems);
        }

        if (!QuestionChoice.TryResolve(catalog, request.Question, "$.question", out var question, out var choiceProblem))
        {
            return Problems.Invalid([choiceProblem]);
        }

        var result = await gate.RunAsync(() => question.Grade(request.Text), context.RequestAborted);
        return GradeJson.IsUngradable(result, out var reason)
            ? Problems.Invalid([new RequestProblem("$.text", reason)])
            : new GradeJsonResult(result, request.Id);
    }
}
