using System.Globalization;

namespace Grader.Server;

/// <summary>
/// The RFC 7807 problem details the service answers with: each says what is wrong and how to fix it, and request
/// problems are listed in <c>errors</c> by location (a JSON path such as <c>$[3].text</c>, or <c>row 4</c> of a CSV).
/// </summary>
internal static class Problems
{
    /// <summary>How many located problems one response lists at most (reading stops there).</summary>
    public const int MaxListed = 100;

    public static IResult UnsupportedMediaType(string? contentType, params string[] accepted) => Results.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported media type.",
        detail: $"The body's Content-Type is '{contentType ?? "(none)"}'. Send {string.Join(" or ", accepted.Select(a => $"'{a}'"))}, in UTF-8.");

    public static IResult TooLarge(long limit, string setting) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        detail: string.Create(CultureInfo.InvariantCulture, $"The body is over the limit of {limit:N0} bytes. Send less, or raise the server's {setting} setting."));

    public static IResult TooManyItems(int limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The batch has too many essays.",
        detail: string.Create(CultureInfo.InvariantCulture, $"A batch may hold at most {limit:N0} essays. Split it, or raise the server's Server:MaxBatchItems setting."));

    public static IResult BadRequestBody(string detail) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The request body could not be read.",
        detail: detail);

    /// <summary>400 when any problem is a syntax error (the text is not well-formed), else 422; every problem listed by location.</summary>
    public static IResult Invalid(IReadOnlyList<RequestProblem> problems)
    {
        var syntax = problems.Any(p => p.IsSyntax);
        var errors = problems
            .GroupBy(p => p.Location, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
        var count = problems.Count >= MaxListed ? $"{MaxListed}+ problems (only the first {MaxListed} are listed)" : problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return Results.ValidationProblem(
            errors,
            statusCode: syntax ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
            title: syntax ? "The request body is not well-formed." : "The request has values that cannot be used.",
            detail: $"{count}, listed in 'errors' by location. The first: {problems[0].Location}: {problems[0].Message}");
    }
}
