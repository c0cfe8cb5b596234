using System.CommandLine;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;
using Grader.Server;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader serve</c>: the grading HTTP service (Grader.Server). Its options are declared here for help and completion,
/// and the arguments after <c>serve</c> go to the server as they are (ASP.NET Core reads <c>--urls</c> and any
/// <c>--Section:Key=value</c> itself). When no question is configured, the bundled rubric is served under its folder's name.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console, StopSignal stop, IReadOnlyList<string> args)
    {
        var command = new Command("serve", "Serve grading over HTTP: POST /v1/grade, POST /v1/grade/batch (JSON or CSV, streamed back in order), GET /v1/questions, GET /health and an OpenAPI document. Ctrl+C or SIGTERM stops it gracefully.")
        {
            new Option<string[]>("--question") { Description = "A question to serve, as <name>=<rubric.json> (repeat for several; chosen per request by name).", HelpName = "name=rubric.json", AllowMultipleArgumentsPerToken = false },
            new Option<string>("--rubric") { Description = "A question to serve under its folder's name (default: the bundled question).", HelpName = "file" },
            new Option<string>("--urls") { Description = "Where to listen, for example http://127.0.0.1:8080 (separate several with ';').", HelpName = "url" },
            new Option<int>("--max-essay-length") { Description = "The longest essay marked, in characters (default 200,000); longer ones get status error.", HelpName = "N" },
            new Option<long>("--max-body-size") { Description = "The largest request body of POST /v1/grade, in bytes (default 4 MiB): larger ones get 413.", HelpName = "bytes" },
            new Option<long>("--max-batch-size") { Description = "The largest request body of POST /v1/grade/batch, in bytes (default 64 MiB).", HelpName = "bytes" },
            new Option<bool>("--require-saved-model") { Description = "Refuse to start when a question's saved similarity model is missing or stale (instead of training it in memory)." },
            new Option<bool>("--no-warm-up") { Description = "Start listening without grading each question's model essay first (the first requests are then slower)." },
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(_ => GraderServer.RunAsync([.. args.SkipWhile(a => a != "serve").Skip(1)], DefaultRubric.Path, console.Out, console.Error, stop.Token).GetAwaiter().GetResult());
        return command;
    }
}
