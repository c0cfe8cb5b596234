using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace Grader.Server;

/// <summary>
/// Reads a request body whole, within a size limit, straight from the connection's buffers (no copy): the body is
/// handed to a parser while the buffers are held. A body over the limit, declared or sent, is a 413.
/// </summary>
internal static class RequestBody
{
    /// <summary>Applies <paramref name="limit"/> to this request, so Kestrel refuses a larger body as it arrives.</summary>
    public static void Limit(HttpContext context, long limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
    }

    /// <summary>The parsed body, or the problem to answer with (413 over <paramref name="limit"/>, 400 for a broken transfer).</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context, long limit, string setting, Func<ReadOnlySequence<byte>, T> parse)
    {
        if (context.Request.ContentLength > limit)
        {
            return (default, Problems.TooLarge(limit, setting));
        }

        Limit(context, limit);
        var body = context.Request.BodyReader;
        try
        {
            while (true)
            {
                var read = await body.ReadAsync(context.RequestAborted);
                if (read.Buffer.Length > limit)
                {
                    body.AdvanceTo(read.Buffer.End);
                    return (default, Problems.TooLarge(limit, setting));
                }

                if (read.IsCompleted)
                {
                    try
                    {
                        return (parse(read.Buffer), null);
                    }
                    finally
                    {
                        body.AdvanceTo(read.Buffer.End);
                    }
                }

                body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException exception)
        {
            return (default, exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? Problems.TooLarge(limit, setting) : Problems.BadRequestBody(exception.Message));
        }
    }
}
