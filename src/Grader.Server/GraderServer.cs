using Grader.Hosting;
using Microsoft.Extensions.Options;

namespace Grader.Server;

/// <summary>
/// The grading HTTP service (<c>grader serve</c>): builds the ASP.NET Core application from the command line and
/// configuration, checks that every question loads before listening, runs until Ctrl+C or SIGTERM (requests in flight
/// finish first), and returns an exit code.
/// </summary>
public static class GraderServer
{
    /// <summary>Exit code: stopped normally.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Exit code: the server could not start (a question does not load, a bad setting, the address is in use).</summary>
    public const int Failure = 3;

    private const string Description =
        "Serves POST /v1/grade, POST /v1/grade/batch, GET /v1/questions[/{id}], GET /health and GET /openapi/v1.json.\n" +
        "Questions can also be set in appsettings.json or the environment (Grader__Questions__<name>__Rubric=<rubric.json>).";

    /// <summary>
    /// Runs the server. <paramref name="fallbackRubric"/>, when given, is served (under its folder's name) if no
    /// question is configured at all; <c>grader serve</c> passes the bundled rubric.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, string? fallbackRubric = null, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var arguments = ServerArguments.Parse(args, out var problem);
        if (arguments is null)
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine($"usage: {ServerArguments.Usage}");
            return Usage;
        }

        if (arguments.Help)
        {
            output.WriteLine($"usage: {ServerArguments.Usage}");
            output.WriteLine(Description);
            return Success;
        }

        WebApplication app;
        try
        {
            app = ServerApplication.Build(arguments, fallbackRubric);
        }
        catch (FormatException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            error.WriteLine($"usage: {ServerArguments.Usage}");
            return Usage;
        }

        await using (app)
        {
            if (!CanStart(app, error))
            {
                return Failure;
            }

            try
            {
                await app.RunAsync(cancellationToken);
            }
            catch (IOException exception)
            {
                error.WriteLine($"error: the server could not start: {exception.Message}");
                return Failure;
            }
        }

        return Success;
    }

    /// <summary>Loads every question and checks every setting before the host starts, printing all problems (no stack trace) when any fails.</summary>
    private static bool CanStart(WebApplication app, TextWriter error)
    {
        try
        {
            _ = app.Services.GetRequiredService<IOptions<GraderServerOptions>>().Value;
            _ = app.Services.GetRequiredService<QuestionCatalog>();
            return true;
        }
        catch (OptionsValidationException exception)
        {
            error.WriteLine($"error: the server cannot start ({exception.Failures.Count()} problem{(exception.Failures.Count() == 1 ? "" : "s")}):");
            foreach (var failure in exception.Failures)
            {
                error.WriteLine($"  {failure}");
            }

            return false;
        }
        catch (InvalidOperationException exception)
        {
            // The configuration binder's message names the setting whose value cannot be converted.
            error.WriteLine($"error: the server cannot start: {exception.Message}");
            return false;
        }
    }
}
