namespace Grader.Server;

/// <summary>
/// Fills in what a problem answered by the framework rather than an endpoint (no such path, wrong method, a Content-Type
/// no endpoint takes) leaves out: what was asked for, and where the list of endpoints is.
/// </summary>
internal static class StatusProblemDetails
{
    public static void Customize(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Detail is not null)
        {
            return;
        }

        var request = context.HttpContext.Request;
        var path = request.Path.Value;
        context.ProblemDetails.Detail = context.ProblemDetails.Status switch
        {
            StatusCodes.Status404NotFound => $"There is nothing at {path}. The endpoints are described at /openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => $"{path} does not take {request.Method}. The endpoints and their methods are described at /openapi/v1.json.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"{path} does not take a body of type '{request.ContentType ?? "(none)"}'. POST /v1/grade takes '{MediaTypes.Json}'; POST /v1/grade/batch takes '{MediaTypes.Json}' or '{MediaTypes.Csv}'; both in UTF-8.",
            _ => null,
        };
    }
}
