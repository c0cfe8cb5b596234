using System.Globalization;
using Microsoft.Extensions.Options;

namespace Grader.Server;

/// <summary>Checks the service's limits at start, reporting every bad one together.</summary>
internal sealed class GraderServerOptionsValidator : IValidateOptions<GraderServerOptions>
{
    public ValidateOptionsResult Validate(string? name, GraderServerOptions options)
    {
        var failures = new List<string>();
        Positive(failures, "Server:MaxRequestBodySize", options.MaxRequestBodySize);
        Positive(failures, "Server:MaxBatchBodySize", options.MaxBatchBodySize);
        Positive(failures, "Server:MaxBatchItems", options.MaxBatchItems);
        Positive(failures, "Server:BatchParallelism", options.BatchParallelism);
        Positive(failures, "Server:MaxConcurrentGrades", options.MaxConcurrentGrades);
        if (options.ShutdownTimeout < TimeSpan.Zero)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Server:ShutdownTimeout is {options.ShutdownTimeout}: it must not be negative."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string setting, long value)
    {
        if (value < 1)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{setting} is {value}: it must be at least 1."));
        }
    }
}
