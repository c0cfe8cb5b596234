using System.Buffers;

namespace Grader.Server;

/// <summary>
/// A batch request's body, read whole within its size limit so it can be checked before anything is graded and then
/// read again to grade: the first <see cref="MemoryLimit"/> bytes in memory, a larger body in a temporary file that is
/// deleted when the request ends.
/// </summary>
internal sealed class BatchBody : IAsyncDisposable
{
    public const int MemoryLimit = 1 << 20;

    private BatchBody(Stream stream)
    {
        Stream = stream;
    }

    /// <summary>The body, positioned at its start; seekable.</summary>
    public Stream Stream { get; }

    public static async Task<(BatchBody? Body, IResult? Problem)> ReadAsync(HttpContext context, long limit)
    {
        const string Setting = "Server:MaxBatchBodySize";
        if (context.Request.ContentLength > limit)
        {
            return (null, Problems.TooLarge(limit, Setting));
        }

        RequestBody.Limit(context, limit);
        Stream target = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    await target.DisposeAsync();
                    return (null, Problems.TooLarge(limit, Setting));
                }

                if (target is MemoryStream memory && total > MemoryLimit)
                {
                    target = TemporaryFile();
                    memory.Position = 0;
                    await memory.CopyToAsync(target, context.RequestAborted);
                }

                await target.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
            }

            target.Position = 0;
            return (new BatchBody(target), null);
        }
        catch (BadHttpRequestException exception)
        {
            await target.DisposeAsync();
            return (null, exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? Problems.TooLarge(limit, Setting) : Problems.BadRequestBody(exception.Message));
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public ValueTask DisposeAsync() => Stream.DisposeAsync();

    private static FileStream TemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), $"grader-batch-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        bufferSize: 64 * 1024,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
