using System.Buffers;
using System.Text;
using System.Text.Json;
using Grader.Hosting;
using Microsoft.Extensions.Options;

namespace Grader.Server;

/// <summary>
/// Runs the service's own request path once per question before Kestrel starts listening (after the grading warm-up):
/// reading a request, writing its grade, reading a JSON and a CSV batch. Without it the first request paid for
/// compiling that code (measured: see docs/serve-load-test.md).
/// </summary>
internal sealed class ServerWarmUp(QuestionCatalog catalog, IOptions<GraderServiceOptions> settings, IOptions<GraderOptions> grading) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.WarmUp.Enabled)
        {
            return Task.CompletedTask;
        }

        var output = new ArrayBufferWriter<byte>();
        foreach (var question in catalog.Questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = question.Scheme.Rubric.Question;
            var request = Encoding.UTF8.GetBytes($"{{\"question\": {JsonSerializer.Serialize(question.Name, ServerJsonContext.Default.String)}, \"text\": {JsonSerializer.Serialize(text, ServerJsonContext.Default.String)}, \"id\": \"warm-up\"}}");
            var parsed = SingleGradeRequest.Parse(new ReadOnlySequence<byte>(request)).Request ?? throw new InvalidOperationException("The warm-up request did not parse.");
            using (var writer = new Utf8JsonWriter(output, GradeJson.WriterOptions))
            {
                GradeJson.Write(writer, question.Grade(parsed.Text), parsed.Id);
            }

            var batch = new BatchContext(catalog, question.Name, BatchContext.MaxItemBytesFor(grading.Value.MaxEssayLength));
            Drain(new JsonBatchReader(new MemoryStream([(byte)'[', .. request, (byte)']']), batch));
            Drain(new CsvBatchReader(new MemoryStream(Encoding.UTF8.GetBytes("id,text\nwarm-up,\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\n")), batch));
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Drain(IBatchReader reader)
    {
        using (reader)
        {
            while (reader.MoveNext())
            {
                _ = reader.Current ?? throw new InvalidOperationException($"The warm-up batch has a problem: {string.Join("; ", reader.Problems)}");
            }
        }
    }
}
