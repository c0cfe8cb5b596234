using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;
using Grader.Cli.NativeBuild;
using Grader.Server;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader serve</c>: the grading HTTP service (Grader.Server). Its options are declared here for help, completion and
/// type checks; the arguments after <c>serve</c> then go to the server as they are, which turns its own into settings and
/// passes ASP.NET Core's (<c>--urls</c>, <c>--Section:Key=value</c>) on. When no question is configured, the bundled
/// rubric is served under its folder's name.
/// </summary>
internal static class ServeCommand
{
    private const string Description =
        "Serve grading over HTTP: POST /v1/grade, POST /v1/grade/batch (JSON or CSV, streamed back in order), GET /v1/questions, " +
        "GET /health and an OpenAPI document at /openapi/v1.json. Each question's folder needs its saved similarity model ('grader train'). " +
        "Any other setting can be given as --Section:Key=value (for example --Server:MaxBatchItems=1000 or --Grader:MaxFlags=20), " +
        "in appsettings.json, or in the environment (Grader__Questions__<name>__Rubric=<rubric.json>). Ctrl+C or SIGTERM stops it " +
        "gracefully: requests in flight finish first.";

    public static Command Create(CliConsole console, StopSignal stop)
    {
        var command = new Command("serve", Description)
        {
            new Option<string[]>("--question") { Description = "A question to serve, as <name>=<rubric.json> (repeat for several; chosen per request by name).", HelpName = "name=rubric.json", AllowMultipleArgumentsPerToken = false },
            new Option<string>("--rubric") { Description = "A question to serve under its folder's name (default: the bundled question).", HelpName = "rubric.json" },
            new Option<string>("--urls") { Description = "Where to listen, for example http://127.0.0.1:8080 (separate several with ';'; default http://localhost:5000).", HelpName = "url" },
            new Option<int>("--max-essay-length") { Description = "The longest essay marked, in characters (default 200,000); longer ones get a 422, or status error in a batch.", HelpName = "N" },
            new Option<long>("--max-body-size") { Description = "The largest request body of POST /v1/grade, in bytes (default 4 MiB): larger ones get 413.", HelpName = "bytes" },
            new Option<long>("--max-batch-size") { Description = "The largest request body of POST /v1/grade/batch, in bytes (default 64 MiB).", HelpName = "bytes" },
            new Option<bool>("--no-warm-up") { Description = "Start listening without grading each question's warm-up samples first (the first requests are then slower)." },
        };

        // --Section:Key=value settings are not declared: they pass the parser and are checked by the server.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse => RuntimeFeature.IsDynamicCodeSupported ? GraderServer.RunAsync([.. ServerTokens(parse)], DefaultRubric.Path, console.Out, console.Error, stop.Token).GetAwaiter().GetResult() : ManagedHandoff.HandedOn());
        return command;
    }

    /// <summary>The command line after <c>serve</c>, as parsed (response files expanded; <c>--option=value</c> may come split in two).</summary>
    private static IEnumerable<string> ServerTokens(ParseResult parse) =>
        parse.Tokens.SkipWhile(token => token.Type != TokenType.Command || token.Value != "serve").Skip(1).Select(token => token.Value);
}
