using Grader.Hosting;

namespace Grader.Server;

/// <summary><c>GET /v1/questions</c> and <c>GET /v1/questions/{id}</c>: what can be graded here.</summary>
internal static class QuestionEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/questions", (QuestionCatalog catalog) => TypedResults.Ok(catalog.Questions.Select(q => QuestionDescriptions.Summary(q, catalog)).ToArray()))
            .WithName("ListQuestions")
            .WithSummary("The questions served: their names (to send as \"question\"), titles and maximum marks.");

        v1.MapGet("/questions/{id}", Get)
            .Produces<QuestionDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetQuestion")
            .WithSummary("One question: its criteria and levels, bands, guide length and essay-length limit.");
    }

    private static IResult Get(string id, QuestionCatalog catalog) =>
        catalog.TryGet(id, out var question)
            ? TypedResults.Ok(QuestionDescriptions.Detail(question, catalog))
            : Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such question.",
                detail: $"There is no question '{id}' here. The questions served are: {string.Join(", ", catalog.Questions.Select(q => q.Name))}.");
}
