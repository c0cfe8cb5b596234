using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Grader.Scoring;

namespace Grader.Server;

/// <summary>
/// Writes a batch's grades into the response as they come: a JSON array of grade documents, or (for
/// <c>Accept: application/x-ndjson</c>) one grade document per line. Each document is the one <c>POST /v1/grade</c> gives.
/// </summary>
internal sealed class BatchGradeWriter(PipeWriter pipe, bool ndjson) : IDisposable
{
    private readonly Utf8JsonWriter _writer = new(pipe, GradeJson.WriterOptions);

    /// <summary>Bytes written but not yet flushed to the pipe.</summary>
    public long Pending => _writer.BytesPending;

    public void Start()
    {
        if (!ndjson)
        {
            _writer.WriteStartArray();
        }
    }

    public void Write(string? id, GradeResult result)
    {
        GradeJson.Write(_writer, result, id);
        if (ndjson)
        {
            _writer.Flush();
            pipe.Write("\n"u8);
            _writer.Reset(pipe);
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        await pipe.FlushAsync(cancellationToken);
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (!ndjson)
        {
            _writer.WriteEndArray();
        }

        await FlushAsync(cancellationToken);
    }

    public void Dispose() => _writer.Dispose();
}
