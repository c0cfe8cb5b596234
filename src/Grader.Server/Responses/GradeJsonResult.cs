using System.Text.Json;
using Grader.Scoring;

namespace Grader.Server;

/// <summary>A 200 response holding one grade as JSON, written into the response's pipe without an intermediate string.</summary>
internal sealed class GradeJsonResult(GradeResult result, string? id) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, GradeJson.WriterOptions))
        {
            GradeJson.Write(writer, result, id);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
